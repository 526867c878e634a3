// The npm-only vendors fixture (PostHog, Segment, Plausible given to createHeadless as a bundler would),
// and what their tests read from the page.
import type { BrowserContext, Page } from '@playwright/test';
import { CATEGORIES } from './page';

/** Opens the npm fixture with these services. */
export async function openNpmWith(page: Page, services: object[], options: { zeroTelemetry?: object; path?: string } = {}) {
  const config = { revision: '1', categories: CATEGORIES, services, zeroTelemetry: options.zeroTelemetry };
  const query = new URLSearchParams({ config: JSON.stringify(config) });
  await page.goto(`${options.path ?? '/e2e/fixtures/vendors/npm.html'}?${query}`);
  await page.waitForFunction(() => 'consentry' in window);
}

/** localStorage and sessionStorage keys, and cookie names, of the page that match a pattern. */
export function storedMatching(page: Page, pattern: RegExp) {
  return page.evaluate((source) => {
    const matches = (name: string) => new RegExp(source).test(name);
    return {
      local: Object.keys(localStorage).filter(matches),
      session: Object.keys(sessionStorage).filter(matches),
      cookies: document.cookie.split('; ').map((pair) => pair.split('=')[0]!).filter(matches),
    };
  }, pattern.source);
}

/**
 * Makes the context's pages look like a visitor's browser rather than an automated one: posthog-js drops
 * every event of a likely bot (`navigator.webdriver`, or "HeadlessChrome" in the user agent or its brands).
 */
export async function asVisitor(context: BrowserContext) {
  await context.addInitScript(() => {
    const brands = [{ brand: 'Chromium', version: '140' }, { brand: 'Google Chrome', version: '140' }];
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => ({ brands, mobile: false, platform: 'Linux' }) });
  });
}

/** A visitor's user agent, for `test.use({ userAgent })` beside `asVisitor`. */
export const VISITOR_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

type ActivityWindow = Window & {
  __activity: Array<() => void>;
  consentry: Record<'acceptAll' | 'rejectAll', () => void>;
  analytics?: { track?: unknown };
  posthog?: { capture?: unknown };
};

/**
 * Keeps the page busy as a visitor and the site's code would: every 50 ms a click on a button (autocapture)
 * and an event tracked through the vendor's own global, if it has one by then.
 */
export function keepActive(page: Page) {
  return page.evaluate(() => {
    const page = window as unknown as ActivityWindow;
    page.__activity = [];
    setInterval(() => {
      page.__activity.splice(0).forEach((run) => run());
      document.getElementById('action')!.click();
      if (typeof page.posthog?.capture === 'function') (page.posthog.capture as (event: string) => void)('tick');
      if (typeof page.analytics?.track === 'function') (page.analytics.track as (event: string) => void)('tick');
    }, 50);
  });
}

/**
 * Calls the controller at the start of the next tick of `keepActive`; resolves with the moment just
 * before the call, from which no request may start: `moment` on the page's clock (`performance.now()`,
 * as Resource Timing), `time` on the wall clock (`Date.now()`, as vendors timestamp their events).
 */
export function atNextTick(page: Page, action: 'acceptAll' | 'rejectAll') {
  return page.evaluate(
    (name) =>
      new Promise<{ moment: number; time: number }>((resolve) =>
        (window as unknown as ActivityWindow).__activity.push(() => {
          const moment = { moment: performance.now(), time: Date.now() };
          // Kept for a call that reloads the page (a vendor without a runtime stop): see `reloadingCall`.
          sessionStorage.setItem('e2e:moment', JSON.stringify(moment));
          resolve(moment);
          (window as unknown as ActivityWindow).consentry[name]();
        }),
      ),
    action,
  );
}

/**
 * Keeps the start time of every request of the context's pages (Resource Timing: scripts, fetch, XHR,
 * beacons, images), so that a test can tell a request started before a moment from one started after it.
 * Routed requests are recorded as they are handled, which on a busy machine lags by up to a few hundred ms.
 */
export async function traceRequests(context: BrowserContext) {
  await context.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
}

/** The requests of this document to hosts matching `host`, started before `moment` or from it on. */
export function requestsStarted(page: Page, host: RegExp, moment: number) {
  return page.evaluate(
    ({ source, moment }) => {
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => new RegExp(source).test(new URL(entry.name).hostname));
      return {
        before: entries.filter((entry) => entry.startTime < moment).map((entry) => entry.name),
        after: entries.filter((entry) => entry.startTime >= moment).map((entry) => entry.name),
      };
    },
    { source: host.source, moment },
  );
}

/**
 * `atNextTick` for a call that reloads the page: waits for the fresh document and resolves with the
 * moment of the call, read from sessionStorage (the old document is gone before it could answer).
 */
export async function reloadingCall(page: Page, action: 'acceptAll' | 'rejectAll') {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  atNextTick(page, action).catch(() => undefined);
  await navigated;
  await page.waitForFunction(() => 'consentry' in window);
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e:moment')!) as { moment: number; time: number });
}
