// Mixpanel specifics: opting out never deletes the visitor's profile unless the site asks for it.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const mixpanel = { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' };

test('withdrawal opts out without a people-delete request, clears persistence, and keeps it opted out', async ({ page, vendors }) => {
  await openWith(page, [mixpanel]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo(/^api-js\.mixpanel\.com$/).length).toBeGreaterThan(0);
  await consent(page, 'rejectAll');
  expect(await vendors.calls(page, 'mixpanel')).toContainEqual({
    vendor: 'mixpanel',
    method: 'opt_out_tracking',
    args: [{ delete_user: false, clear_persistence: true }],
  });
  expect(vendors.requestsTo('mixpanel').filter((request) => request.path.startsWith('/engage'))).toEqual([]);
  // The library stays in the page and tracks unless its opt-out flag says '0': that flag alone is left.
  await page.waitForTimeout(100); // a beacon already on its way is not a new one
  const withdrawn = Date.now();
  await page.evaluate(() => (window as unknown as { mixpanel: { track(event: string): void } }).mixpanel.track('after-withdrawal'));
  await page.waitForTimeout(300);
  expect(vendors.requestsTo('mixpanel', withdrawn)).toEqual([]);
  expect(await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.includes('tok123')))).toEqual([['__mp_opt_in_out_tok123', '0']]);
});

test('deleteUserOnOptOut: the site asked, so the profile delete is sent', async ({ page, vendors }) => {
  await openWith(page, [{ ...mixpanel, deleteUserOnOptOut: true }]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('mixpanel').length).toBeGreaterThan(1);
  await consent(page, 'rejectAll');
  await expect.poll(() => vendors.requestsTo('mixpanel').filter((request) => request.path.startsWith('/engage')).length).toBe(1);
});
