// Zero-telemetry zones in a real browser, with all four vendors consented and their fakes recording
// every request: a zone route gets not one tracker request, however the visitor arrives, and tracking
// comes back per consent when they leave.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { VENDOR_HOSTS, type FakeVendors } from '../fakes';
import { widgetAddsGtag } from './widget';

const HOME = '/e2e/fixtures/zones/';
const ZONE = '/e2e/fixtures/zones/dashboard/';
/** Long enough for Clarity's restart 250 ms after a navigation and two rounds of every vendor's 2 s heartbeat. */
const QUIET = 5000;

const SERVICES = {
  clarity: { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' },
  ga4: { id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-TEST123' },
  mixpanel: { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' },
  hotjar: { id: 'hotjar', vendor: 'hotjar', category: 'analytics', siteId: '1234567' },
  /** The site's own analytics, started by its code through onGranted. */
  stats: { id: 'stats', vendor: 'custom', category: 'analytics' },
};
type Vendor = keyof typeof SERVICES;
const ALL: Vendor[] = ['clarity', 'ga4', 'mixpanel', 'hotjar'];
/** Vendors with a runtime stop: without Hotjar, "block" keeps the visitor in the same document. */
const STOPPABLE: Vendor[] = ['clarity', 'ga4', 'mixpanel'];

interface Setup {
  onEnter?: 'reload' | 'block';
  vendors?: Vendor[];
  routes?: string[];
}

/** A fixture address carrying the config, which client-side links keep. */
function address(path: string, { onEnter, vendors = ALL, routes = [`${ZONE}**`] }: Setup = {}) {
  const config = {
    revision: '1',
    categories: { analytics: { label: 'Analytics' } },
    services: vendors.map((vendor) => SERVICES[vendor]),
    zeroTelemetry: { routes, ...(onEnter && { onEnter }) },
  };
  return `${path}?${new URLSearchParams({ config: JSON.stringify(config) })}`;
}

/** The home page with every vendor consented and sending. */
async function trackedHome(page: Page, vendors: FakeVendors, setup: Setup = {}) {
  await page.goto(address(HOME, setup));
  const since = Date.now();
  await page.evaluate(() => (window as any).consentry.acceptAll());
  await expect.poll(() => sending(vendors, since)).toEqual([...(setup.vendors ?? ALL)].sort());
}

const isVendorHost = (host: string) => Object.values(VENDOR_HOSTS).some((pattern) => pattern.test(host));

/**
 * Tracker requests sent while the page showed a zone address: each request's Referer is the address of
 * the page that sent it (the fixture's referrer policy is "unsafe-url"), including after pushState.
 * Registered after the fakes, so it sees each request first and passes it on to them.
 */
async function zoneRequests(context: BrowserContext) {
  const sent: { url: string; referer: string }[] = [];
  await context.route(
    (url) => isVendorHost(url.hostname),
    (route) => {
      sent.push({ url: route.request().url(), referer: route.request().headers().referer ?? '' });
      return route.fallback();
    },
  );
  return {
    /** Requests from a zone address; fails if requests carried no address at all (nothing to tell apart). */
    fromZone() {
      const from = (path: string) => sent.filter(({ referer }) => referer !== '' && new URL(referer).pathname === path);
      expect(from(HOME).length, 'tracker requests from the public page').toBeGreaterThan(0);
      return from(ZONE).map(({ url }) => new URL(url).host + new URL(url).pathname);
    },
  };
}

/** Which vendors sent anything since a time. */
const sending = (vendors: FakeVendors, since: number) => [...new Set(vendors.requests.filter((r) => r.at >= since).map((r) => r.vendor))].sort();

/** A mark that only this document has: gone after a full page load. */
const mark = (page: Page) => page.evaluate(() => ((window as any).sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as any).sameDocument === true);
/** The uploads fake vendors (gtag.js, Hotjar) in this document attempted while it showed `path`, whether sent or refused. */
const uploadAttemptsFrom = (page: Page, path: string) =>
  page.evaluate((path) => (window as any).__fakeVendors.attempts.filter((attempt: any) => new URL(attempt.page).pathname === path).map((attempt: any) => attempt.url), path);
/**
 * Whether any vendor code ran in this document: a fake installs the shared runtime, clarity.js marks
 * `window.clarity` with its version (stopped, it is a queue again), mixpanel-js sets `__loaded`.
 */
const trackerCodeRan = (page: Page) =>
  page.evaluate(() => '__fakeVendors' in window || 'v' in ((window as any).clarity ?? {}) || (window as any).mixpanel?.__loaded === true || (window as any).clarity?.t === true);
/** Clarity and Mixpanel, on their own code, are stopped: clarity.js is a queue again, mixpanel-js opted out. */
const realVendorsStopped = (page: Page) =>
  page.evaluate(() => ({ clarity: !('v' in ((window as any).clarity ?? {})), mixpanel: (window as any).mixpanel.has_opted_out_tracking() }));

async function clientSideTo(page: Page, name: 'Home' | 'Dashboard') {
  await page.getByRole('link', { name }).click();
  await page.waitForURL(`**${name === 'Home' ? HOME : ZONE}?*`);
  await page.waitForLoadState();
}

/** The time the zone document was asked for, in a fresh-document entry: its address shows no earlier. */
const zoneDocumentAsked = (page: Page) =>
  page.waitForRequest((request) => request.isNavigationRequest() && new URL(request.url()).pathname === ZONE).then(() => Date.now());


test('a zone route loaded directly gets no tracker request, keeps the stored consent and refuses a widget adding gtag', async ({ page, context, vendors }) => {
  await trackedHome(page, vendors);
  await page.close(); // Its heartbeats are not the zone's: the zone opens in a tab of its own.
  const since = Date.now();
  page = await context.newPage();
  await page.goto(address(ZONE));
  expect(await widgetAddsGtag(page)).toBe('refused');
  await page.waitForTimeout(QUIET);
  expect(vendors.requestsTo(/./, since).map((r) => `${r.method} ${r.host}${r.path} +${r.at - since}ms`)).toEqual([]);
  expect(await trackerCodeRan(page)).toBe(false);
  expect(await page.evaluate(() => (window as any).consentry.get().categories.analytics)).toBe(true);

  // A server's zone CSP header would bind this document for its life: leaving is a full load, where the
  // consented trackers start.
  await mark(page);
  const left = Date.now();
  await clientSideTo(page, 'Home');
  expect(await sameDocument(page)).toBe(false);
  await expect.poll(() => sending(vendors, left)).toEqual([...ALL].sort());
});

test('reload mode: entering the zone from a tracked page is a fresh document that never ran tracker code; leaving resumes', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  await trackedHome(page, vendors);
  await mark(page);
  const asked = zoneDocumentAsked(page);
  await clientSideTo(page, 'Dashboard');
  const shown = await asked;
  expect(await sameDocument(page)).toBe(false);
  await page.waitForTimeout(QUIET);
  expect(requests.fromZone()).toEqual([]);
  expect(vendors.requestsTo('hotjar', shown).filter((request) => request.method === 'WEBSOCKET')).toEqual([]);
  expect(await trackerCodeRan(page)).toBe(false);
  await expect(page.locator('main')).toHaveText(/Dashboard/);

  const left = Date.now();
  await clientSideTo(page, 'Home');
  await expect.poll(() => sending(vendors, left)).toEqual([...ALL].sort());
});

test('reload mode: where nothing ran, the app navigates in place; a choice made in the zone waits for the public pages', async ({ page, vendors }) => {
  await page.goto(address(HOME));
  await mark(page);
  await clientSideTo(page, 'Dashboard');
  expect(await sameDocument(page)).toBe(true);
  await page.evaluate(() => (window as any).consentry.acceptAll());
  await page.waitForTimeout(QUIET);
  expect(vendors.requests).toEqual([]);

  const left = Date.now();
  await clientSideTo(page, 'Home');
  expect(await sameDocument(page)).toBe(true);
  await expect.poll(() => sending(vendors, left)).toEqual([...ALL].sort());
});

test('block mode: vendors are stopped before the URL changes, so Clarity does not restart, and the guard refuses a widget', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  const setup: Setup = { onEnter: 'block', vendors: STOPPABLE };
  await trackedHome(page, vendors, setup);
  // Consent given in this page: the vendors' history wrappers come after the zone watcher's.
  await mark(page);
  await clientSideTo(page, 'Dashboard');
  expect(await sameDocument(page), 'consent given in the page').toBe(true);
  await page.goto(address(HOME, setup)); // Consent stored: the vendors start at once on the public page, before the zone watcher.
  await expect.poll(() => sending(vendors, Date.now() - 1000)).toEqual([...STOPPABLE].sort());
  await mark(page);
  await clientSideTo(page, 'Dashboard');
  expect(await sameDocument(page)).toBe(true);
  await page.waitForTimeout(QUIET);
  expect(requests.fromZone()).toEqual([]);
  expect(await widgetAddsGtag(page)).toBe('refused');
  // Stopped, not merely refused by the guard and the meta CSP: no vendor even tried to upload from the zone.
  expect(await uploadAttemptsFrom(page, ZONE)).toEqual([]);
  expect(await realVendorsStopped(page)).toEqual({ clarity: true, mixpanel: true });
  await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /^default-src 'self' /);

  // The meta policy cannot be lifted: leaving is a full page load, where tracking resumes per consent.
  const left = Date.now();
  await clientSideTo(page, 'Home');
  expect(await sameDocument(page)).toBe(false);
  await expect.poll(() => sending(vendors, left)).toEqual([...STOPPABLE].sort());
});

/** Clarity's cookies with their values: `_clsk` changes each time Clarity starts. */
const clarityCookies = async (vendors: FakeVendors) =>
  (await vendors.cookies()).filter((cookie) => ['_clck', '_clsk'].includes(cookie.name)).sort((a, b) => a.name.localeCompare(b.name));

test('block mode, a navigation just before entering: Clarity\'s restart from it is still to come, so the zone is a fresh document, and Clarity sends nothing from the entry on', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  const setup: Setup = { onEnter: 'block', vendors: ['clarity'] };
  await trackedHome(page, vendors, setup);
  // Consent given in the page, then stored: Clarity's watcher of its restarts wraps history after the
  // zone watcher, then before it.
  for (const consent of ['given in the page', 'stored when the page loaded']) {
    if (consent === 'stored when the page loaded') {
      // The zone document is bound to the zone: leaving is a full page load, where Clarity starts at once.
      const left = Date.now();
      await clientSideTo(page, 'Home');
      await expect.poll(() => sending(vendors, left)).toEqual(['clarity']);
    }
    await expect.poll(async () => (await clarityCookies(vendors)).map((cookie) => `${cookie.name} ${cookie.domain}`)).toEqual(['_clck .consentry.test', '_clsk .consentry.test']);
    const cookies = await clarityCookies(vendors);
    await mark(page);
    // A client-side navigation while Clarity runs: it stops and sets up its restart 250 ms later. The
    // visitor enters the zone 100 ms after it.
    await page.evaluate(() => {
      history.pushState({}, '', `pricing${location.search}`);
      setTimeout(() => document.querySelector<HTMLElement>('a[href$="/dashboard/"]')!.click(), 100);
    });
    await page.waitForURL(`**${ZONE}?*`);
    await page.waitForLoadState();
    expect(await sameDocument(page), consent).toBe(false);
    const shown = await page.evaluate(() => Math.floor(performance.timeOrigin)); // When the zone document was asked for.
    await page.waitForTimeout(QUIET);
    expect(requests.fromZone(), consent).toEqual([]);
    expect(vendors.requestsTo('clarity', shown), consent).toEqual([]);
    expect(await trackerCodeRan(page), consent).toBe(false);
    // The visitor's Clarity id is the one from before: consent stands. (The restart may still run in the
    // old document before it goes, starting and stopping at once, which refreshes the session cookie;
    // what it sends is refused.)
    const kept = (list: { name: string; value: string; domain: string }[]) => list.find((cookie) => cookie.name === '_clck');
    expect(kept(await clarityCookies(vendors)), consent).toEqual(kept(cookies));
  }
});

test('reload mode: entering the zone by replaceState from a tracked page is a fresh document in place of the entry', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  await trackedHome(page, vendors);
  const entries = await page.evaluate(() => history.length);
  await mark(page);
  const asked = zoneDocumentAsked(page);
  await page.evaluate((zone) => setTimeout(() => history.replaceState({}, '', zone + location.search)), ZONE);
  const shown = await asked;
  await page.waitForURL(`**${ZONE}?*`);
  await page.waitForLoadState();
  expect(await sameDocument(page)).toBe(false);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.waitForTimeout(QUIET);
  expect(requests.fromZone()).toEqual([]);
  expect(vendors.requestsTo(/./, shown)).toEqual([]);
  expect(await trackerCodeRan(page)).toBe(false);
});

test('block mode with Hotjar, which has no runtime stop: entering becomes a fresh document', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  const setup: Setup = { onEnter: 'block' };
  await trackedHome(page, vendors, setup);
  await mark(page);
  const asked = zoneDocumentAsked(page);
  await clientSideTo(page, 'Dashboard');
  const shown = await asked;
  expect(await sameDocument(page)).toBe(false);
  await page.waitForTimeout(QUIET);
  expect(requests.fromZone()).toEqual([]);
  expect(vendors.requestsTo('hotjar', shown).filter((request) => request.method === 'WEBSOCKET')).toEqual([]);
  expect(await trackerCodeRan(page)).toBe(false);

  const left = Date.now();
  await clientSideTo(page, 'Home');
  await expect.poll(() => sending(vendors, left)).toEqual([...ALL].sort());
});

test('block mode, where site code or gated markup already ran: entering becomes a fresh document, since nothing can stop them', async ({ page }) => {
  await page.goto(address(HOME, { onEnter: 'block', vendors: ['stats'] }));
  await page.evaluate(() => {
    (window as any).consentry.onGranted('stats', () => setInterval(() => navigator.sendBeacon('/e2e/fixtures/health.txt'), 1000));
    (window as any).consentry.acceptAll();
  });
  await mark(page);
  await clientSideTo(page, 'Dashboard');
  expect(await sameDocument(page), 'after onGranted code ran').toBe(false);

  await page.goto(address(HOME, { onEnter: 'block', vendors: STOPPABLE }));
  await page.evaluate(() => {
    (window as any).consentry.acceptAll();
    document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics">window.gatedRan = true</script>');
  });
  await page.waitForFunction(() => (window as any).gatedRan === true);
  await mark(page);
  await clientSideTo(page, 'Dashboard');
  expect(await sameDocument(page), 'after gated markup ran').toBe(false);
  expect(await trackerCodeRan(page)).toBe(false);
});

test('back and forward across the zone boundary keep the zone silent', async ({ page, context, vendors }) => {
  const requests = await zoneRequests(context);
  const setup: Setup = { onEnter: 'block', vendors: STOPPABLE };
  await trackedHome(page, vendors, setup);
  await clientSideTo(page, 'Dashboard');
  const back = Date.now();
  await page.goBack();
  await page.waitForURL(`**${HOME}?*`);
  await expect.poll(() => sending(vendors, back)).toEqual([...STOPPABLE].sort());

  await page.goForward();
  await page.waitForURL(`**${ZONE}?*`);
  await page.waitForLoadState();
  await page.waitForTimeout(QUIET);
  expect(requests.fromZone()).toEqual([]);
});

/** Vendors whose uploads carry the page address, fragment included (a Referer never has one). */
const REPORTING_URL: Vendor[] = ['clarity', 'ga4'];

test('reload mode, hash-route zone: entering after trackers ran is a fresh document, by pushState or by location.hash', async ({ page, vendors }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const setup: Setup = { vendors: REPORTING_URL, routes: [`${HOME}#/admin/**`] };
  const fromHashZone = () =>
    vendors.requests.filter((request) => `${decodeURIComponent(request.url.search)} ${request.body ?? ''}`.includes('#/admin'));
  /** Goes to the hash route in a task of the page's own (the page reloads under it), then waits for a fresh document. */
  const enter = async (how: string) => {
    await mark(page);
    await page.evaluate((how) => setTimeout(() => (how === 'pushState' ? history.pushState({}, '', '#/admin') : (location.hash = '#/admin'))), how);
    await page.waitForFunction(() => (window as any).sameDocument !== true && document.readyState === 'complete');
    const fresh = Date.now();
    await page.waitForTimeout(QUIET);
    expect(fromHashZone(), `${how}: uploads from the zone address`).toEqual([]);
    expect(vendors.requestsTo(/./, fresh), `${how}: requests from the zone document`).toEqual([]);
    expect(await trackerCodeRan(page)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#/admin');
    expect(errors, `${how}: page errors`).toEqual([]);
  };

  await trackedHome(page, vendors, setup);
  await enter('pushState');

  // No server header could bind the zone document (the server never sees a fragment): leaving is in place.
  await mark(page);
  const left = Date.now();
  await page.evaluate(() => (location.hash = '#/'));
  await expect.poll(() => sending(vendors, left)).toEqual([...REPORTING_URL].sort());
  expect(await sameDocument(page)).toBe(true);
  await enter('location.hash');
});

test('without the Navigation API, a hash link into a hash-route zone is seen at hashchange and becomes a fresh document', async ({ page, vendors }) => {
  // Browsers without it (Firefox, Safari) tell the page of a fragment navigation only after the URL changed.
  await page.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }));
  const setup: Setup = { vendors: REPORTING_URL, routes: [`${HOME}#/admin/**`] };
  await trackedHome(page, vendors, setup);
  await mark(page);
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: '#/admin' });
    document.body.append(link);
    setTimeout(() => link.click());
  });
  await page.waitForFunction(() => (window as any).sameDocument !== true && document.readyState === 'complete');
  const fresh = Date.now();
  expect(new URL(page.url()).hash).toBe('#/admin');
  await page.waitForTimeout(QUIET);
  expect(vendors.requestsTo(/./, fresh)).toEqual([]);
  expect(await trackerCodeRan(page)).toBe(false);
});
