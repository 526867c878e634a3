/**
 * What one browser context did on the network and in its cookie jar, as the checks read it: every request
 * (WebSockets included), and who set each cookie (a response's `Set-Cookie`, or a script's `document.cookie`).
 */
import type { BrowserContext, Request } from 'playwright-core';
import type { RequestRouter } from './types';

export interface SeenRequest {
  url: string;
  host: string;
  method: string;
  /** When the page issued it, in `Date.now()` terms (see `ISSUED` below), else when the browser sent it. */
  at: number;
  /** The page that made it. */
  page: string;
}

export interface CookieWrite {
  name: string;
  /** `GET https://…` for a `Set-Cookie` header, `script https://…/tag.js` for `document.cookie`. */
  setBy: string;
}

export interface Recorder {
  readonly requests: SeenRequest[];
  readonly cookieWrites: CookieWrite[];
  requestsSince(since: number, matches: (url: string) => boolean): SeenRequest[];
}

/** The hosts a routed audit lets through to the network: the audited site's, and this machine. */
export const siteHosts = (url: string) => [new URL(url).hostname, 'localhost', '127.0.0.1'];

const COOKIE_BINDING = '__consentryAuditCookie';
const ISSUED_BINDING = '__consentryAuditIssued';

/**
 * Runs in every page before its own scripts: reports `document.cookie` writes with the script that made
 * them, and when the page issued each beacon, fetch and XHR. Chromium hands a beacon sent just before a
 * withdrawal to the network hundreds of milliseconds later; the page's own clock says when it was sent.
 * The bindings are taken off `window` at once, so the page's scripts cannot call them.
 */
function instrumentPage(bindings: { cookie: string; issued: string }) {
  const global = window as unknown as Record<string, ((...args: unknown[]) => void) | undefined>;
  const reportCookie = global[bindings.cookie];
  const reportIssued = global[bindings.issued];
  delete global[bindings.cookie];
  delete global[bindings.issued];
  if (!reportCookie || !reportIssued) return;
  const scriptOf = () => {
    // The first script address in the stack below this wrapper is the caller's.
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    return frames.map((frame) => /(https?:\/\/[^\s)]+?):\d+:\d+/.exec(frame)?.[1]).find(Boolean) ?? `inline script of ${location.href}`;
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: cookie.get,
      set(value: string) {
        reportCookie(String(value).split('=')[0]!.trim(), `script ${scriptOf()}`);
        cookie.set!.call(this, value);
      },
    });
  }
  const issued = (url: unknown) => {
    try {
      reportIssued(new URL(String(url), location.href).href, Date.now());
    } catch {
      // Not a URL: the browser refuses it as well.
    }
  };
  const { sendBeacon } = navigator;
  navigator.sendBeacon = function (url, data) {
    issued(url);
    return sendBeacon.call(navigator, url, data);
  };
  const { open } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    issued(args[1]);
    return (open as (...args: unknown[]) => void).apply(this, args);
  } as typeof open;
  const { fetch } = window;
  window.fetch = (input, init) => {
    issued(input instanceof Request ? input.url : input);
    return fetch(input, init);
  };
}

const setCookieNames = (headers: { name: string; value: string }[]) =>
  headers.filter(({ name }) => name.toLowerCase() === 'set-cookie').flatMap(({ value }) => value.split('\n').map((line) => line.split('=')[0]!.trim()));

/**
 * Records a context from before its first page. With `route`, every request to a host other than
 * `localHosts` is answered by it or aborted: nothing leaves the machine.
 */
export async function recordContext(context: BrowserContext, options: { route?: RequestRouter; localHosts: string[] }): Promise<Recorder> {
  const requests: SeenRequest[] = [];
  const cookieWrites: CookieWrite[] = [];
  const issuedAt = new Map<string, number>();

  await context.exposeBinding(COOKIE_BINDING, (_source, name: string, setBy: string) => void cookieWrites.push({ name, setBy }));
  await context.exposeBinding(ISSUED_BINDING, (_source, url: string, at: number) => {
    if (!issuedAt.has(url)) issuedAt.set(url, at);
  });
  await context.addInitScript(instrumentPage, { cookie: COOKIE_BINDING, issued: ISSUED_BINDING });

  const record = (url: string, method: string, page: string) => {
    const host = new URL(url).hostname;
    const at = issuedAt.get(url) ?? Date.now();
    issuedAt.delete(url);
    requests.push({ url, host, method, at, page });
  };
  const pageOf = (request: Request) => {
    try {
      return request.frame().page().url();
    } catch {
      return '(a worker)';
    }
  };
  context.on('request', (request) => record(request.url(), request.method(), pageOf(request)));
  context.on('response', async (response) => {
    const names = setCookieNames(await response.headersArray().catch(() => []));
    const request = response.request();
    for (const name of names) cookieWrites.push({ name, setBy: `${request.method()} ${request.url()}` });
  });
  context.on('page', (page) => page.on('websocket', (socket) => record(socket.url(), 'WEBSOCKET', page.url())));

  const { route } = options;
  if (route) {
    const isLocal = (url: URL) => options.localHosts.includes(url.hostname);
    await context.route(
      (url) => !isLocal(url),
      async (routed) => {
        const request = routed.request();
        const answer = route(request.url(), (await request.headerValue('origin')) ?? undefined);
        return answer ? routed.fulfill(answer) : routed.abort('blockedbyclient');
      },
    );
    // Answered by no server at all: a routed socket stays open and silent, an unknown one is closed.
    await context.routeWebSocket(
      (url) => !isLocal(url),
      (socket) => {
        if (!route(socket.url().replace(/^ws/, 'http'))) socket.close({ code: 1008, reason: 'not routed' });
      },
    );
  }

  return {
    requests,
    cookieWrites,
    requestsSince: (since, matches) => requests.filter((request) => request.at >= since && matches(request.url)),
  };
}
