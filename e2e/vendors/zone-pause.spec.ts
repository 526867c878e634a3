// Entering a zero-telemetry zone in "block" mode while consent stands pauses the vendors in the same
// document: silent in the zone, but nothing the visitor consented to is withdrawn (no denial sent, no
// cookie or identity deleted), and tracking resumes on leaving.
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { consent, keepActive, openWith } from './page';

const SERVICES = [
  { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' },
  { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' },
];
const COOKIES = ['_clck', '_clsk', 'mp_tok123_mixpanel'];
const ZONE = '/e2e/fixtures/vendors/account/';

/** A client-side navigation that keeps the config in the address, so that a reload finds it again. */
const navigateKeepingConfig = (page: Page, path: string) => page.evaluate((to) => history.pushState({}, '', to + location.search), path);
type Mixpanel = { get_distinct_id(): string; has_opted_out_tracking(): boolean };
const mixpanelState = (page: Page) =>
  page.evaluate(() => {
    const mixpanel = (window as unknown as { mixpanel: Mixpanel }).mixpanel;
    return { id: mixpanel.get_distinct_id(), optedOut: mixpanel.has_opted_out_tracking() };
  });
const vendorCookies = async (vendors: { cookies(): Promise<{ name: string }[]> }) =>
  (await vendors.cookies()).map((cookie) => cookie.name).filter((name) => COOKIES.includes(name)).sort();

test('a "block" zone pauses Clarity and Mixpanel without withdrawing anything, and leaving resumes them', async ({ page, vendors }) => {
  await openWith(page, SERVICES, { zeroTelemetry: { routes: [`${ZONE}**`], onEnter: 'block' } });
  await consent(page, 'acceptAll');
  await expect.poll(() => vendorCookies(vendors)).toEqual([...COOKIES].sort());
  await expect.poll(() => mixpanelState(page).then((state) => state.optedOut)).toBe(false);
  const { id } = await mixpanelState(page);

  const entered = await page.evaluate((to) => {
    const at = Date.now();
    history.pushState({}, '', to + location.search);
    return at;
  }, `${ZONE}settings`);
  await keepActive(page, 2500);
  expect(vendors.requestsTo('clarity', entered)).toEqual([]);
  expect(vendors.requestsTo('mixpanel', entered)).toEqual([]);
  // Paused, not withdrawn: a denial would have made Clarity clear its cookies, and Mixpanel keeps the
  // visitor's id (opted out without clearing its persistence, so nothing is sent meanwhile).
  expect(await vendorCookies(vendors)).toEqual([...COOKIES].sort());
  expect(await mixpanelState(page)).toEqual({ id, optedOut: true });

  // A "block" entry binds this document with a meta CSP: leaving is a fresh load, where both start again.
  const left = Date.now();
  const loaded = page.waitForEvent('load');
  await navigateKeepingConfig(page, '/e2e/fixtures/vendors/page.html');
  await loaded;
  await expect.poll(() => vendors.requestsTo('clarity', left).length).toBeGreaterThan(0);
  await expect.poll(() => vendors.requestsTo('mixpanel', left).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => localStorage.getItem('__mp_opt_in_out_tok123'))).toBe('1');
});
