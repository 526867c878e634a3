// Fake vendor hosts for browser tests: every request to a vendor host is answered by the fakes in
// ./scripts (through ./vendors.mjs) and recorded; a request to any other host that is not a *.test
// site, localhost or 127.0.0.1 is refused and recorded as unexpected, so a test never reaches a network.
import type { BrowserContext, Cookie, Page } from '@playwright/test';
import { answerVendorRequest, vendorOf, VENDOR_HOSTS, type FakeVendorName } from './vendors.mjs';

export { VENDOR_HOSTS, type FakeVendorName };

export interface RecordedRequest {
  vendor: FakeVendorName;
  url: URL;
  host: string;
  path: string;
  method: string;
  /** When the page made the request (the browser's own start time), in `Date.now()` terms. */
  at: number;
  body: string | null;
  /** The body as bytes (Clarity gzips its uploads). */
  data: Buffer | null;
}

/** A call a fake vendor script received from the page (`clarity('consentv2', …)`, `gtag('consent', …)`). */
export interface VendorCall {
  vendor: FakeVendorName;
  method: string;
  args: unknown[];
}

export interface FakeVendors {
  /** Every request a vendor host received, in order, WebSocket connections included (method `WEBSOCKET`). */
  readonly requests: RecordedRequest[];
  /** Requests to hosts no fake answers: refused. A test should expect this to be empty. */
  readonly unexpected: string[];
  /** Requests to a vendor (`'clarity'`) or to hosts matching a pattern, optionally from a time on. */
  requestsTo(target: FakeVendorName | RegExp, since?: number): RecordedRequest[];
  /** The context's cookies with their domain (`.consentry.test` for parent-domain ones). */
  cookies(): Promise<Pick<Cookie, 'name' | 'domain' | 'value'>[]>;
  /** What the fake vendor scripts in this page were called with, optionally for one vendor. */
  calls(page: Page, vendor?: FakeVendorName): Promise<VendorCall[]>;
}

const isTestSite = (hostname: string) => /(^|\.)(test|localhost)$/.test(hostname) || hostname === '127.0.0.1';

/** The query parameter that carries when the page issued a request. */
const ISSUED = '__issued';

/**
 * When a request reaches the route is not when the page made it: Chromium hands a beacon sent just before
 * a withdrawal to the network hundreds of milliseconds later. Under every wrapper the page adds (the
 * Consentry guard among them, so what it refuses never gets here), the browser methods that send data
 * stamp the address with the page's clock; the route reads the stamp and removes it.
 */
function stampIssueTime(name: string) {
  const stamp = (url: string | URL) => {
    try {
      const address = new URL(url, location.href);
      if (address.origin === location.origin) return url;
      address.searchParams.set(name, String(Date.now()));
      return address.href;
    } catch {
      return url;
    }
  };
  const { sendBeacon } = navigator;
  navigator.sendBeacon = function (url, data) {
    return sendBeacon.call(navigator, stamp(url), data);
  };
  const { open } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    return (open as (...args: unknown[]) => void).call(this, method, stamp(url), ...rest);
  } as typeof open;
  const { fetch } = window;
  window.fetch = (input, init) => fetch(typeof input === 'string' || input instanceof URL ? stamp(input) : input, init);
}

/** Routes every non-test host of the context to the fakes. Call it before the first navigation. */
export async function installFakeVendors(context: BrowserContext): Promise<FakeVendors> {
  await context.addInitScript(stampIssueTime, ISSUED);
  const requests: RecordedRequest[] = [];
  const unexpected: string[] = [];
  const record = (vendor: FakeVendorName, url: URL, method: string, body: string | null, data: Buffer | null = null, at = Date.now()) =>
    requests.push({ vendor, url, host: url.hostname, path: url.pathname, method, at, body, data });

  await context.route(
    (url) => !isTestSite(url.hostname),
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const vendor = vendorOf(url.hostname);
      if (!vendor) {
        unexpected.push(request.url());
        return route.abort('blockedbyclient');
      }
      const issued = Number(url.searchParams.get(ISSUED));
      url.searchParams.delete(ISSUED);
      record(vendor, url, request.method(), request.postData(), request.postDataBuffer(), issued || Date.now());
      const origin = (await request.headerValue('origin')) ?? undefined;
      const answer = answerVendorRequest(request.url(), origin)!;
      return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    },
  );
  await context.routeWebSocket(
    (url) => !isTestSite(url.hostname),
    (socket) => {
      const url = new URL(socket.url());
      const vendor = vendorOf(url.hostname);
      if (!vendor) {
        unexpected.push(socket.url());
        return socket.close({ code: 1008, reason: 'no network in tests' });
      }
      record(vendor, url, 'WEBSOCKET', null);
      socket.onMessage((message) => record(vendor, url, 'WEBSOCKET', String(message)));
    },
  );

  return {
    requests,
    unexpected,
    requestsTo(target, since = 0) {
      const matches = typeof target === 'string' ? (request: RecordedRequest) => request.vendor === target : (request: RecordedRequest) => target.test(request.host);
      return requests.filter((request) => request.at >= since && matches(request));
    },
    async cookies() {
      return (await context.cookies()).map(({ name, domain, value }) => ({ name, domain, value }));
    },
    calls: (page, vendor) =>
      page.evaluate(
        (only) => ((window as unknown as { __fakeVendors?: { calls: VendorCall[] } }).__fakeVendors?.calls ?? []).filter((call) => !only || call.vendor === only),
        vendor,
      ),
  };
}
