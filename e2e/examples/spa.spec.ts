// The SPA dashboard: Consentry from npm in a preact app, Mixpanel and Hotjar, and the /app zone.
import { banner, expect, preferences, test } from './fixture';

const field = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-consent-state] [data-field="${name}"]`);

test('the privacy page shows the consent state live, and Accept all starts Mixpanel and Hotjar', async ({ page, sites, vendors }) => {
  await page.goto(`${sites.spa}/privacy`);
  await expect(field(page, 'analytics')).toHaveText('off');
  expect(vendors.requests).toEqual([]);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(field(page, 'analytics')).toHaveText('on');
  await expect(field(page, 'recordings')).toHaveText('on');
  await expect.poll(() => vendors.requestsTo('mixpanel').length).toBeGreaterThan(0);
  await expect.poll(() => vendors.requestsTo('hotjar').length).toBeGreaterThan(0);
});

test('client-side navigation into /app: not one tracker request from the moment the zone is shown', async ({ page, sites, vendors }) => {
  await page.goto(sites.spa);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('mixpanel').length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open the app' }).click();
  await expect(page).toHaveURL(/\/app$/);
  const entered = Date.now();
  await expect(page.getByText('Zero-Telemetry Zone')).toBeVisible();
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Devices' }).click();
  // Five seconds: past Clarity's restart 250 ms after a navigation and two rounds of each vendor's 2 s heartbeat.
  await page.waitForTimeout(5000);
  expect(vendors.requestsTo(/./, entered)).toEqual([]);

  // Leaving the zone for the public pages (a fresh document) brings consented analytics back.
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Back to the site' }).click();
  await expect.poll(() => vendors.requestsTo(/./, entered).length).toBeGreaterThan(0);
});

test('Cookie settings in the footer turns session recordings off: Hotjar never loads again', async ({ page, sites, vendors }) => {
  await page.goto(`${sites.spa}/privacy`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('hotjar').length).toBeGreaterThan(0);

  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).getByRole('switch', { name: /Session recordings/ }).click();
  await preferences(page).getByRole('button', { name: 'Save preferences' }).click();
  await expect(field(page, 'recordings')).toHaveText('off');
  await expect(field(page, 'analytics')).toHaveText('on');

  // Hotjar has no runtime stop: a fresh page is where it is certainly silent.
  const reloaded = Date.now();
  await page.reload();
  await expect.poll(() => vendors.requestsTo('mixpanel', reloaded).length).toBeGreaterThan(0);
  expect(vendors.requestsTo('hotjar', reloaded)).toEqual([]);
});

test.describe('a visitor in California', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('gets the Do Not Sell or Share control, and using it is recorded as an opt-out', async ({ page, sites }) => {
    await page.goto(`${sites.spa}/privacy`);
    await expect(field(page, 'regime')).toHaveText('opt-out');
    await banner(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
    await expect(banner(page)).toBeHidden();
    await expect(field(page, 'method')).toHaveText('do-not-sell');
  });
});
