// Google Consent Mode without a ga4 service: a page with Google Tag Manager's dataLayer gets the
// default and every update, so GTM's own tags see the visitor's choice.
import { expect, test } from '../fakes/test';
import { consent, openWith } from './page';

const consentCommands = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? [])
      .map((entry) => Array.from(entry))
      .filter((command) => command[0] === 'consent'),
  );

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
