// "Our dashboard is a Zero-Telemetry Zone: no Clarity, no Google Analytics, no third-party behaviour tracker."
import { banner, expect, test } from './fixture';

test('the dashboard is a Zero-Telemetry Zone: no Clarity, no Google Analytics, even with consent given', async ({ page, sites, vendors }) => {
  await page.goto(sites.marketing);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);

  const [response] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/dashboard/'),
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click(),
  ]);
  const entered = Date.now();
  // The airtight layer: the browser itself is told to refuse every tracker host on this page.
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).not.toBe('');
  expect(policy).not.toMatch(/clarity|google|\*/);

  // Five seconds: past Clarity's restart 250 ms after a navigation and two rounds of each vendor's 2 s heartbeat.
  await page.waitForTimeout(5000);
  expect(vendors.requestsTo(/./, entered)).toEqual([]);
  await expect(page.getByText('Requests to other sites: 0')).toBeVisible();
});

test('a visitor who has not chosen gets no banner in the dashboard, yet Cookie settings still opens the preferences', async ({ page, sites, vendors }) => {
  await page.goto(`${sites.marketing}/dashboard/`);
  await page.waitForLoadState('load');
  await expect(page.getByRole('region', { name: 'Your privacy' })).toBeHidden();
  expect(await page.locator('consentry-ui').count()).toBe(0);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(vendors.requestsTo(/./)).toEqual([]);
});

test('a dashboard widget that adds Google Analytics is refused by the browser', async ({ page, sites, vendors }) => {
  await page.goto(sites.marketing);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await page.goto(`${sites.marketing}/dashboard/`);
  const entered = Date.now();
  await page.getByRole('button', { name: /third-party chart widget/ }).click();
  await expect(page.locator('[data-widget-status]')).toHaveText('The browser refused Google Analytics here.');
  expect(vendors.requestsTo('ga4', entered)).toEqual([]);
});
