// Clarity specifics: strict masking enforced in the page, the ads signal following marketing, and a
// consent granted again in the same page.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const clarity = { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' };

test('strict masking: the root is masked and unmask attributes are removed, also ones added later', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('data-clarity-mask', 'true');
  await expect(page.getByLabel('Work email')).not.toHaveAttribute('data-clarity-unmask');
  await page.evaluate(() => {
    const late = document.createElement('p');
    late.innerHTML = '<span data-clarity-unmask="true">account number</span>';
    document.body.append(late);
    document.querySelector('input')!.setAttribute('data-clarity-unmask', 'true');
  });
  await expect(page.locator('[data-clarity-unmask]')).toHaveCount(0);
});

test('balanced masking leaves the page as the site wrote it', async ({ page, vendors }) => {
  await openWith(page, [{ ...clarity, masking: 'balanced' }]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-clarity-mask');
  await expect(page.getByLabel('Work email')).toHaveAttribute('data-clarity-unmask', 'true');
});

test('analytics without marketing: Clarity is told ads storage is denied', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await page.evaluate(() => (window as unknown as { consentry: { set(c: object): void } }).consentry.set({ analytics: true }));
  await expect.poll(() => vendors.calls(page, 'clarity')).toContainEqual({
    vendor: 'clarity',
    method: 'consentv2',
    args: [{ ad_Storage: 'denied', analytics_Storage: 'granted' }],
  });
});

test('granted again in the same page: the one tag restarts, then takes the new consent', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await page.evaluate(() => (window as unknown as { consentry: { set(c: object): void } }).consentry.set({ analytics: true }));
  await expect.poll(() => vendors.requestsTo(/^k\.clarity\.ms$/).length).toBeGreaterThan(0);
  await consent(page, 'rejectAll');
  const regranted = Date.now();
  await consent(page, 'acceptAll');
  // A stopped Clarity ignores consentv2: only one sent after the restart reaches it, and its uploads say so.
  const consents = () => vendors.requestsTo(/^k\.clarity\.ms$/, regranted).map((upload) => JSON.parse(upload.body!).consent);
  await expect.poll(consents).toContainEqual({ ad_Storage: 'granted', analytics_Storage: 'granted' });
  expect(vendors.requestsTo(/^(www|scripts)\.clarity\.ms$/).map((request) => request.host)).toEqual(['www.clarity.ms', 'scripts.clarity.ms']);
});
