// The lifecycle every vendor integration must get right, run for each vendor against its own code from
// npm (Clarity, Mixpanel) or, where none is published, its fake: nothing before consent or after a
// refusal, the vendor told through its own API after Accept all, and from the moment of withdrawal not
// one request more, while the visitor keeps using the page, and its cookies gone on every domain level,
// even when the page navigates (which restarts Clarity and makes GA hit again when they are not really
// stopped).
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { clarityPayloads } from '../fakes/clarity';
import type { FakeVendorName, FakeVendors, VendorCall } from '../fakes';
import { consent, keepActive, navigate, openWith } from './page';

interface Case {
  vendor: FakeVendorName;
  service: Record<string, unknown>;
  /** Cookies the fake writes on the parent domain once running. */
  cookies: string[];
  /** What the vendor's fake must have been told after Accept all, or how the real one shows it was. */
  granted: Partial<VendorCall>[] | ((page: Page, vendors: FakeVendors) => Promise<void>);
  /** No runtime stop: withdrawal reloads the page. */
  reloads?: boolean;
  /** Its localStorage entries (keys containing `keysWith`) left after withdrawal: all the others are deleted. */
  storage?: { keysWith: string; afterWithdrawal: Record<string, string> };
  /** Every host it reached once running, when the config chooses them (data residency). */
  hosts?: string[];
}

const CASES: Case[] = [
  {
    vendor: 'clarity',
    service: { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' },
    cookies: ['_clck', '_clsk'],
    // clarity-js uploads the consent it runs with (data/consent.ts; 1 is granted in clarity-decode).
    async granted(_page, vendors) {
      const consents = () => clarityPayloads(vendors.requestsTo('clarity')).flatMap((payload) => payload.consent ?? []).map((event) => event.data);
      await expect.poll(consents).toContainEqual(expect.objectContaining({ ad_Storage: 1, analytics_Storage: 1 }));
    },
  },
  {
    vendor: 'ga4',
    service: { id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-TEST123' },
    cookies: ['_ga', '_ga_TEST123'],
    granted: [
      { method: 'consent', args: ['default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', wait_for_update: 500 }] },
      { method: 'consent', args: ['update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }] },
      { method: 'config', args: ['G-TEST123'] },
    ],
  },
  {
    vendor: 'mixpanel',
    service: { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123', apiHost: 'https://api-eu.mixpanel.com' },
    cookies: ['mp_tok123_mixpanel'],
    async granted(page, vendors) {
      expect(await page.evaluate(() => (window as unknown as { mixpanel: { has_opted_in_tracking(): boolean } }).mixpanel.has_opted_in_tracking())).toBe(true);
      await expect.poll(() => vendors.requestsTo(/^api-eu\.mixpanel\.com$/).filter((request) => request.path.startsWith('/track')).length).toBeGreaterThan(0);
    },
    // The library stays in the page, silent only while its opt-out flag says '0'.
    storage: { keysWith: 'tok123', afterWithdrawal: { __mp_opt_in_out_tok123: '0' } },
    hosts: ['api-eu.mixpanel.com', 'cdn.mxpnl.com'],
  },
  {
    vendor: 'hotjar',
    service: { id: 'hotjar', vendor: 'hotjar', category: 'analytics', siteId: '1234567' },
    cookies: ['_hjSessionUser_1234567', '_hjSession_1234567'],
    granted: [{ method: 'loaded', args: [1234567] }],
    reloads: true,
  },
  {
    vendor: 'script',
    // The site describes what the script stores: its cookies, here by prefix.
    service: { id: 'widget', vendor: 'script', category: 'analytics', src: 'https://cdn.widget.example/widget.js', cookies: ['_widget*'] },
    cookies: ['_widget_id', '_widget_session'],
    granted: [{ method: 'loaded' }],
    reloads: true,
  },
];

const parentDomainCookies = async (vendors: { cookies(): Promise<{ name: string; domain: string }[]> }, names: string[]) =>
  (await vendors.cookies()).filter((cookie) => names.includes(cookie.name) && cookie.domain === '.consentry.test').map((cookie) => cookie.name).sort();

const settle = (page: Page) => page.waitForTimeout(2500);

for (const { vendor, service, cookies, granted, reloads, storage, hosts } of CASES) {
  test.describe(vendor, () => {
    test('nothing reaches it before a choice, nor after Reject all, nor on the next page', async ({ page, vendors }) => {
      await openWith(page, [service]);
      await settle(page);
      expect(vendors.requestsTo(vendor)).toEqual([]);
      await consent(page, 'rejectAll');
      await navigate(page, '/e2e/fixtures/vendors/elsewhere');
      await page.reload();
      await settle(page);
      expect(vendors.requestsTo(vendor)).toEqual([]);
      expect(await vendors.calls(page)).toEqual([]);
    });

    test('Accept all loads it and tells it through its own API; withdrawal silences it and deletes its cookies', async ({ page, vendors }) => {
      await openWith(page, [service]);
      await consent(page, 'acceptAll');
      await expect.poll(() => vendors.requestsTo(vendor).length).toBeGreaterThan(1);
      await expect.poll(() => parentDomainCookies(vendors, cookies)).toEqual([...cookies].sort());
      if (typeof granted === 'function') await granted(page, vendors);
      else {
        const calls = await vendors.calls(page, vendor);
        for (const call of granted) expect(calls).toContainEqual(expect.objectContaining(call));
      }
      if (hosts) expect([...new Set(vendors.requestsTo(vendor).map((request) => request.host))].sort()).toEqual(hosts);

      const reloaded = reloads && page.waitForEvent('load');
      // Timed in the page as the choice changes, so that requests before a reload's unload count too; no
      // grace: what the vendor flushes as it stops counts.
      const withdrawn = await page.evaluate(() => {
        const at = Date.now();
        (window as unknown as { consentry: { rejectAll(): void } }).consentry.rejectAll();
        return at;
      });
      if (!reloads) await keepActive(page, 1500);
      await reloaded;
      await expect.poll(async () => (await vendors.cookies()).filter((cookie) => cookies.includes(cookie.name))).toEqual([]);
      await navigate(page, '/e2e/fixtures/vendors/after-withdrawal');
      await keepActive(page, 2500);
      expect(vendors.requestsTo(vendor, withdrawn)).toEqual([]);
      // Cookies stay deleted: nothing still running may write them again (GA's top complaint).
      expect((await vendors.cookies()).filter((cookie) => cookies.includes(cookie.name))).toEqual([]);
      if (storage) {
        const entries = await page.evaluate((keysWith) => Object.entries(localStorage).filter(([key]) => key.includes(keysWith)), storage.keysWith);
        expect(Object.fromEntries(entries)).toEqual(storage.afterWithdrawal);
      }
    });
  });
}

test('clarity withdrawn just after an in-page navigation: the restart it had set up does not bring it back', async ({ page, vendors }) => {
  const clarity = CASES.find((entry) => entry.vendor === 'clarity')!;
  await openWith(page, [clarity.service]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo(/^k\.clarity\.ms$/).length).toBeGreaterThan(0);
  // On a URL change Clarity stops and starts again 250 ms later: started, it writes its cookies and
  // uploads before it replays the stop queued meanwhile.
  const withdrawn = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        history.pushState({}, '', `${location.href}&view=next`);
        setTimeout(() => {
          const at = Date.now();
          (window as unknown as { consentry: { rejectAll(): void } }).consentry.rejectAll();
          resolve(at);
        }, 50);
      }),
  );
  await keepActive(page, 2500);
  expect(vendors.requestsTo('clarity', withdrawn)).toEqual([]);
  expect((await vendors.cookies()).filter((cookie) => clarity.cookies.includes(cookie.name))).toEqual([]);
});

test('clarity withdrawn in its restart window while the fresh page is slow to come: the restart in the old page sends nothing and leaves no cookie', async ({ page, vendors }) => {
  const clarity = CASES.find((entry) => entry.vendor === 'clarity')!;
  await openWith(page, [clarity.service]);
  await consent(page, 'acceptAll');
  await expect.poll(() => parentDomainCookies(vendors, clarity.cookies)).toEqual([...clarity.cookies].sort());
  // The old document lives on until the fresh one arrives: long enough here for Clarity's restart.
  await page.route('**/e2e/fixtures/vendors/page.html?*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.fallback();
  });
  const reloaded = page.waitForEvent('load');
  // Clarity's own stop on the URL change flushes its buffer then: that upload comes before the choice.
  await page.evaluate(() => history.pushState({}, '', `${location.href}&view=next`));
  await page.waitForTimeout(30);
  const withdrawn = await page.evaluate(() => {
    const at = Date.now();
    (window as unknown as { consentry: { rejectAll(): void } }).consentry.rejectAll();
    return at;
  });
  await reloaded;
  // The restart did run in the old document, but the page reached no other origin any more, and the
  // cookies it wrote again are gone.
  expect(vendors.requestsTo('clarity', withdrawn)).toEqual([]);
  expect((await vendors.cookies()).filter((cookie) => clarity.cookies.includes(cookie.name))).toEqual([]);
});
