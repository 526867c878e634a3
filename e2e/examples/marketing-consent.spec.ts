// The public pages of the marketing site: what a first visit sends, and what each choice does.
import { banner, expect, preferences, sendGpc, test } from './fixture';
import { keepActive } from '../vendors/page';

const PUBLIC_PAGES = ['/', '/pricing', '/privacy'];

test('a first visit sends nothing to any tracker and offers Accept all and Reject all side by side', async ({ page, sites, vendors }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(`${sites.marketing}${path}`);
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeVisible();
    await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(vendors.requests).toEqual([]);
});

test('Reject all: no tracker loads, the choice is kept in local storage and not asked again', async ({ page, sites, vendors }) => {
  await page.goto(sites.marketing);
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('"analytics":false');
  await page.goto(`${sites.marketing}/pricing`);
  await page.waitForLoadState('networkidle');
  await expect(banner(page)).toBeHidden();
  expect(vendors.requests).toEqual([]);
});

test('Accept all starts Clarity, with maximum masking, and Google Analytics', async ({ page, sites, vendors }) => {
  await page.goto(`${sites.marketing}/pricing`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  await expect.poll(() => vendors.requestsTo('ga4').length).toBeGreaterThan(0);
  // Strict masking: the whole page masked, and the form's own opt-in to unmasked recording neutralised.
  await expect(page.locator('html, body').first()).toHaveAttribute('data-clarity-mask', 'true');
  await expect(page.getByLabel('Work email')).not.toHaveAttribute('data-clarity-unmask', 'true');
});

test('Cookie settings in the privacy policy withdraws consent: from the click on, nothing reaches Clarity or Google, and their cookies are gone', async ({ page, sites, vendors }) => {
  await page.goto(`${sites.marketing}/privacy`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('clarity').filter((request) => request.path === '/collect').length).toBeGreaterThan(0);
  await page.context().addCookies(
    ['_clck', '_clsk', '_ga', '_ga_DEMO000000'].map((name) => ({ name, value: '1', domain: '.consentry.test', path: '/' })),
  );

  await page.getByRole('main').getByRole('link', { name: 'Cookie settings' }).click();
  // The moment of the click, on the page's clock: Clarity's stop flushes at once, with the click in it.
  await page.evaluate(() => window.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = Date.now()), { capture: true, once: true }));
  await preferences(page).getByRole('button', { name: 'Reject all' }).click();
  const withdrawn = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  await keepActive(page, 2500);
  expect(vendors.requestsTo(/./, withdrawn)).toEqual([]);

  await expect.poll(async () => (await page.context().cookies()).map((cookie) => cookie.name)).toEqual([]);
  await page.reload();
  await keepActive(page, 1000);
  expect(vendors.requestsTo(/./, withdrawn)).toEqual([]);
});

test('Global Privacy Control is honoured: advertising measurement stays off even after Accept all', async ({ page, sites, vendors }) => {
  await sendGpc(page);
  await page.goto(sites.marketing);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  const categories = () => page.evaluate(() => (window as unknown as { Consentry: { get(): { categories: Record<string, boolean> } } }).Consentry.get().categories);
  await expect.poll(categories).toMatchObject({ analytics: true, marketing: false });

  // What Google Analytics was told: every consent command gtag.js read from the dataLayer denies the three
  // ad signals, and the one after Accept all grants analytics storage.
  await expect.poll(() => vendors.requestsTo(/google-analytics\.com$/).length).toBeGreaterThan(0);
  const consent = (await vendors.calls(page, 'ga4')).filter((call) => call.method === 'consent');
  const adsDenied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };
  expect(consent.length).toBeGreaterThan(0);
  for (const call of consent) expect(call.args[1]).toMatchObject(adsDenied);
  expect(consent.at(-1)).toEqual({ vendor: 'ga4', method: 'consent', args: ['update', { ...adsDenied, analytics_storage: 'granted' }] });
  // gcs=G101 on every hit: ad storage denied, analytics storage granted, as Google reads it.
  expect(new Set(vendors.requestsTo(/google-analytics\.com$/).map((hit) => hit.url.searchParams.get('gcs')))).toEqual(new Set(['G101']));
});
