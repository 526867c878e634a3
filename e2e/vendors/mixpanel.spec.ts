// Mixpanel specifics: opting out never deletes the visitor's profile unless the site asks for it.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const mixpanel = { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' };

test('withdrawal opts out without a people-delete request, and clears persistence', async ({ page, vendors }) => {
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
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('tok123')))).toEqual([]);
});

test('deleteUserOnOptOut: the site asked, so the profile delete is sent', async ({ page, vendors }) => {
  await openWith(page, [{ ...mixpanel, deleteUserOnOptOut: true }]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('mixpanel').length).toBeGreaterThan(1);
  await consent(page, 'rejectAll');
  await expect.poll(() => vendors.requestsTo('mixpanel').filter((request) => request.path.startsWith('/engage')).length).toBe(1);
});
