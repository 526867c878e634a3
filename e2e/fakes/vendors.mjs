// The fake vendor hosts as plain data: what each vendor's server answers, for Playwright routing
// (./index.ts) and for any Node http server (the demo's vendor simulator). No browser, no Playwright.
import { readFileSync } from 'node:fs';
import { answerNpmVendorRequest } from './npm-vendors.mjs';

const script = (name) => readFileSync(new URL(`./scripts/${name}.js`, import.meta.url), 'utf8');
const runtime = script('runtime');
const scripts = { clarity: script('clarity'), clarityTag: script('clarity-tag'), gtag: script('gtag'), mixpanel: script('mixpanel'), hotjar: script('hotjar'), widget: script('widget'), plausible: script('plausible'), metaPixel: script('meta-pixel') };

/** Hosts of each vendor, as the vendors document them (the same patterns the integrations declare). */
export const VENDOR_HOSTS = {
  clarity: /(^|\.)clarity\.ms$|^c\.bing\.com$/,
  ga4: /(^|\.)(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|g\.doubleclick\.net)$/,
  mixpanel: /(^|\.)(mixpanel\.com|mxpnl\.com)$/,
  hotjar: /(^|\.)hotjar\.(com|io)$/,
  plausible: /^plausible\.io$/,
  'meta-pixel': /(^|\.)facebook\.(com|net)$/,
  // Served by their own code from npm (./npm-vendors.mjs).
  posthog: /(^|\.)posthog\.com$/,
  segment: /(^|\.)segment\.(com|io)$/,
  // Any other script, loaded through the `script` vendor: a made-up widget on a reserved name (RFC 2606).
  script: /(^|\.)widget\.example$/,
};

/** Which vendor a host belongs to, or undefined for a host no fake answers. */
export function vendorOf(hostname) {
  return Object.keys(VENDOR_HOSTS).find((vendor) => VENDOR_HOSTS[vendor].test(hostname));
}

const javascript = (body) => ({
  status: 200,
  headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
  body: `${runtime}\n${body}`,
});
const noContent = (origin) => ({
  status: 204,
  // Collectors answer cross-origin XHR with credentials, so the page's CORS check passes.
  headers: { 'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true' },
  body: '',
});

/** Scripts by host and path; everything else a vendor host receives (beacons, pixels) gets a 204. */
function vendorScript(url) {
  const { hostname, pathname } = url;
  if (hostname === 'www.clarity.ms' && pathname.startsWith('/tag/')) {
    return scripts.clarityTag.replace('__PROJECT_ID__', JSON.stringify(decodeURIComponent(pathname.slice(5))));
  }
  if (hostname === 'scripts.clarity.ms' && pathname.endsWith('/clarity.js')) return scripts.clarity;
  if (hostname === 'www.googletagmanager.com' && pathname === '/gtag/js') return scripts.gtag;
  if (hostname === 'cdn.mxpnl.com' && pathname.startsWith('/libs/mixpanel')) return scripts.mixpanel;
  if (hostname === 'static.hotjar.com' && /^\/c\/hotjar-\d+\.js$/.test(pathname)) return scripts.hotjar;
  if (hostname === 'cdn.widget.example' && pathname === '/widget.js') return scripts.widget;
  if (hostname === 'plausible.io' && pathname === '/js/script.js') return scripts.plausible;
  if (hostname === 'connect.facebook.net' && pathname.endsWith('/fbevents.js')) return scripts.metaPixel;
  return undefined;
}

/**
 * What the fake vendor answers to a request: `{ status, headers, body }`, or undefined when the host
 * belongs to no known vendor (the caller must refuse it: tests never reach the real network).
 * `origin` is the requesting page's origin, echoed for credentialed CORS.
 */
export function answerVendorRequest(href, origin) {
  const url = new URL(href);
  const vendor = vendorOf(url.hostname);
  if (!vendor) return undefined;
  const npm = answerNpmVendorRequest(vendor, url, origin);
  if (npm) return npm;
  const body = vendorScript(url);
  return body === undefined ? noContent(origin) : javascript(body);
}
