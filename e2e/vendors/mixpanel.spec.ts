// Mixpanel on its own code (mixpanel-browser): works end to end, and its opt-out holds, also across a reload.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const mixpanel = { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' };

test('withdrawal sends nothing more, not even a people delete, and leaves it opted out', async ({ page, vendors }) => {
  await openWith(page, [mixpanel]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo(/^api-js\.mixpanel\.com$/).length).toBeGreaterThan(0);
  const withdrawn = await page.evaluate(() => {
    const at = Date.now();
    (window as unknown as { consentry: { rejectAll(): void } }).consentry.rejectAll();
    return at;
  });
  // The library stays in the page and tracks unless its opt-out flag says '0': that flag alone is left.
  await page.evaluate(() => (window as unknown as { mixpanel: { track(event: string): void } }).mixpanel.track('after-withdrawal'));
  await page.waitForTimeout(1500);
  expect(vendors.requestsTo('mixpanel', withdrawn)).toEqual([]);
  expect(vendors.requestsTo('mixpanel').filter((request) => request.path.startsWith('/engage'))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { mixpanel: { has_opted_out_tracking(): boolean } }).mixpanel.has_opted_out_tracking())).toBe(true);
  expect(await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.includes('tok123')))).toEqual([['__mp_opt_in_out_tok123', '0']]);
});

test('the opt-out survives a reload: the library is not loaded again, and nothing is sent', async ({ page, vendors }) => {
  await openWith(page, [mixpanel]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo(/^api-js\.mixpanel\.com$/).length).toBeGreaterThan(0);
  await consent(page, 'rejectAll');
  const reloaded = Date.now();
  await page.reload();
  await page.waitForTimeout(1500);
  expect(vendors.requestsTo('mixpanel', reloaded)).toEqual([]);
  expect(await page.evaluate(() => 'mixpanel' in window)).toBe(false);
});
