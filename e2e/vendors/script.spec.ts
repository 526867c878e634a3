// The script vendor: any script, loaded only with consent; withdrawal reloads, so it runs no more.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

test('an inline script runs once after consent and not after withdrawal', async ({ page }) => {
  await openWith(page, [{ id: 'chat', vendor: 'script', category: 'analytics', inline: 'window.chatRuns = (window.chatRuns || 0) + 1;' }]);
  expect(await page.evaluate(() => (window as unknown as { chatRuns?: number }).chatRuns)).toBeUndefined();
  await consent(page, 'acceptAll');
  await expect.poll(() => page.evaluate(() => (window as unknown as { chatRuns?: number }).chatRuns)).toBe(1);
  const reloaded = page.waitForEvent('load');
  await consent(page, 'rejectAll');
  await reloaded;
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { chatRuns?: number }).chatRuns)).toBeUndefined();
});

test('a src script from a vendor host is fetched only after consent', async ({ page, vendors }) => {
  await openWith(page, [{ id: 'tag', vendor: 'script', category: 'marketing', src: 'https://static.hotjar.com/c/hotjar-1.js' }]);
  await page.waitForTimeout(300);
  expect(vendors.requests).toEqual([]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('hotjar').map((request) => request.path)).toContain('/c/hotjar-1.js');
});
