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
  /** `Date.now()` when the request was made. */
  at: number;
  body: string | null;
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

/** Routes every non-test host of the context to the fakes. Call it before the first navigation. */
export async function installFakeVendors(context: BrowserContext): Promise<FakeVendors> {
  const requests: RecordedRequest[] = [];
  const unexpected: string[] = [];
  const record = (vendor: FakeVendorName, url: URL, method: string, body: string | null) =>
    requests.push({ vendor, url, host: url.hostname, path: url.pathname, method, at: Date.now(), body });

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
      record(vendor, url, request.method(), request.postData());
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
