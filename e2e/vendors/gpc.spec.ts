// Global Privacy Control: the core turns sharing categories off, so a marketing vendor never starts,
// and analytics vendors are told advertising storage is denied.
import { expect, test } from '../fakes/test';
import { categories, consent, openWith } from './page';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
});

test('marketing vendors never start, even after Accept all', async ({ page, vendors }) => {
  await openWith(page, [
    { id: 'ads-analytics', vendor: 'ga4', category: 'marketing', measurementId: 'G-ADS1' },
    { id: 'pixel', vendor: 'mixpanel', category: 'marketing', token: 'tok123' },
    { id: 'replays', vendor: 'hotjar', category: 'marketing', siteId: '42' },
    { id: 'heatmaps', vendor: 'clarity', category: 'marketing', projectId: 'ads123' },
    { id: 'tag', vendor: 'script', category: 'marketing', src: 'https://static.hotjar.com/c/hotjar-7.js' },
  ]);
  await consent(page, 'acceptAll');
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await categories(page)).toMatchObject({ analytics: true, marketing: false });
  expect(vendors.requests).toEqual([]);
});

test('an analytics GA4 gets every ad signal denied', async ({ page, vendors }) => {
  await openWith(page, [{ id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-TEST123' }]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('ga4').length).toBeGreaterThan(1);
  expect(await vendors.calls(page, 'ga4')).toContainEqual({
    vendor: 'ga4',
    method: 'consent',
    args: ['update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' }],
  });
  // gcs=G101: ads denied, analytics granted, as Google reads it on every hit.
  expect(vendors.requestsTo(/google-analytics\.com$/).every((hit) => hit.url.searchParams.get('gcs') === 'G101')).toBe(true);
});
