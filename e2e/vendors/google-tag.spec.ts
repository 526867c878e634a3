// Google Consent Mode: a page with Google Tag Manager's dataLayer gets the default and every update,
// with or without a ga4 service, so GTM's own tags see the visitor's choice.
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const dataLayer = (page: Page) => page.evaluate(() => ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? []).map((entry) => Array.from(entry)));
const consentCommands = async (page: Page) => (await dataLayer(page)).filter((command) => command[0] === 'consent');
const choose = (page: Page, choices: Record<string, boolean>) =>
  page.evaluate((choices) => (window as unknown as { consentry: { set(choices: Record<string, boolean>): void } }).consentry.set(choices), choices);

const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

test('GTM pages get consent default, then an update on every change', async ({ page, vendors }) => {
  await openWith(page, [], { dataLayer: true });
  expect(await consentCommands(page)).toEqual([
    ['consent', 'default', { ...denied, wait_for_update: 500 }],
    ['consent', 'update', denied],
  ]);
  await consent(page, 'acceptAll');
  expect((await consentCommands(page)).at(-1)).toEqual([
    'consent',
    'update',
    { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
  ]);
  await consent(page, 'rejectAll');
  expect((await consentCommands(page)).at(-1)).toEqual(['consent', 'update', denied]);
  expect(vendors.requests).toEqual([]);
});

test('a page without gtag or GTM gets no dataLayer', async ({ page }) => {
  await openWith(page, []);
  await consent(page, 'acceptAll');
  expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
});

test('with a ga4 service: its default comes before config, and the ad keys follow marketing whether GA4 runs or not', async ({ page, vendors }) => {
  const adsOnly = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'denied' };
  await openWith(page, [{ id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-TEST123' }], { dataLayer: true });
  await choose(page, { analytics: false, marketing: true });
  expect((await consentCommands(page)).at(-1)).toEqual(['consent', 'update', adsOnly]);

  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo(/google-analytics\.com$/).length).toBeGreaterThan(0);
  const order = (await dataLayer(page)).map((command) => command.slice(0, 2).join(' '));
  expect(order.indexOf('consent default')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('consent default')).toBeLessThan(order.indexOf('config G-TEST123'));

  await choose(page, { analytics: false });
  const withdrawn = Date.now() + 100;
  expect((await consentCommands(page)).at(-1)).toEqual(['consent', 'update', adsOnly]);
  await page.waitForTimeout(2500);
  expect(vendors.requestsTo(/google-analytics\.com$/, withdrawn)).toEqual([]);
});
