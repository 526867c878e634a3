// The fake vendor hosts as plain data: what each vendor's server answers, for Playwright routing
// (./index.ts) and for any Node http server (the demo's vendor simulator). No browser, no Playwright.
import { readFileSync } from 'node:fs';
import { answerNpmVendorRequest } from './npm-vendors.mjs';

const script = (name) => readFileSync(new URL(`./scripts/${name}.js`, import.meta.url), 'utf8');
/** A vendor's own browser build, from npm: what its CDN serves. */
const published = (path) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');
const runtime = script('runtime');
// Hand-written fakes only where the vendor's browser code is not on npm (gtag.js, Hotjar, Plausible, Meta
// Pixel, Clarity's per-project tag): each says which documented behaviour it reproduces.
const scripts = { clarityTag: script('clarity-tag'), gtag: script('gtag'), hotjar: script('hotjar'), widget: script('widget'), plausible: script('plausible'), metaPixel: script('meta-pixel') };
const vendorBuilds = {
  clarity: published('clarity-js/build/clarity.min.js'),
  mixpanel: published('mixpanel-browser/dist/mixpanel.min.js'),
};

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
  body,
});
/**
 * What collectors answer: 200 (mixpanel-js retries anything else: `if (req.status === 200)`), with "1",
 * Mixpanel's "accepted" (its /track docs), which Clarity reads as no command. Cross-origin XHR is sent
 * with credentials, so the page's CORS check needs the origin echoed.
 */
const accepted = (origin) => ({
  status: 200,
  headers: { 'content-type': 'text/plain', 'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true' },
  body: '1',
});

/** A hand-written fake, behind the shared runtime of the fakes. */
const fake = (body) => `${runtime}\n${body}`;

/** Scripts by host and path; everything else a vendor host receives (beacons, pixels) is accepted. */
function vendorScript(url) {
  const { hostname, pathname } = url;
  if (hostname === 'www.clarity.ms' && pathname.startsWith('/tag/')) {
    return scripts.clarityTag.replace('__PROJECT_ID__', JSON.stringify(decodeURIComponent(pathname.slice(5))));
  }
  if (hostname === 'scripts.clarity.ms' && pathname.endsWith('/clarity.js')) return vendorBuilds.clarity;
  if (hostname === 'www.googletagmanager.com' && pathname === '/gtag/js') return fake(scripts.gtag);
  if (hostname === 'cdn.mxpnl.com' && pathname.startsWith('/libs/mixpanel')) return vendorBuilds.mixpanel;
  if (hostname === 'static.hotjar.com' && /^\/c\/hotjar-\d+\.js$/.test(pathname)) return fake(scripts.hotjar);
  if (hostname === 'cdn.widget.example' && pathname === '/widget.js') return fake(scripts.widget);
  if (hostname === 'plausible.io' && pathname === '/js/script.js') return fake(scripts.plausible);
  if (hostname === 'connect.facebook.net' && pathname.endsWith('/fbevents.js')) return fake(scripts.metaPixel);
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
  return body === undefined ? accepted(origin) : javascript(body);
}
