// The vendors' own browser code from npm (e2e/node_modules), served in place of their CDN, with the
// little their servers answer that the libraries need to run: PostHog (posthog-js) and Segment
// (@segment/analytics-next). Plain data for ./vendors.mjs; no browser, no Playwright.
import { existsSync, readFileSync } from 'node:fs';

const modules = new URL('../node_modules/', import.meta.url);
const posthogDist = new URL('posthog-js/dist/', modules);
const segmentDist = new URL('@segment/analytics-next/dist/umd/', modules);
const segmentSettings = readFileSync(new URL('./segment-settings.json', import.meta.url), 'utf8');

const cors = (origin) => ({ 'access-control-allow-origin': origin ?? '*', 'access-control-allow-credentials': 'true' });
const javascript = (body, origin) => ({ status: 200, headers: { 'content-type': 'text/javascript', ...cors(origin) }, body });
const json = (value, origin) => ({ status: 200, headers: { 'content-type': 'application/json', ...cors(origin) }, body: typeof value === 'string' ? value : JSON.stringify(value) });
/** A file of a package's browser build, by a name taken from the URL (no `/` or `..` in it). */
const distFile = (folder, name) => {
  if (!/^[\w.-]+\.js$/.test(name) || name.includes('..')) return undefined;
  const file = new URL(name, folder);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/**
 * PostHog: `<region>-assets.i.posthog.com/static/array.js` and the extensions it loads from there are
 * posthog-js's own dist files; the remote config (`/array/<token>/config.js`, then `/array/<token>/config`)
 * turns recording, surveys and flags off; `/flags`, `/e/` (events) and the rest get what the API answers.
 */
function posthog({ hostname, pathname }, origin) {
  if (hostname.endsWith('-assets.i.posthog.com') && pathname.startsWith('/static/')) {
    // `/static/<file>` and, for extensions, `/static/<version>/<file>`.
    const body = distFile(posthogDist, pathname.replace(/^\/static\/(\d+\.\d+\.\d+\/)?/, ''));
    return body === undefined ? { status: 404, headers: cors(origin), body: '' } : javascript(body, origin);
  }
  if (/^\/array\/[^/]+\/config\.js$/.test(pathname)) return javascript('', origin);
  if (/^\/array\/[^/]+\/config$/.test(pathname)) {
    return json({ sessionRecording: false, surveys: false, heatmaps: false, hasFeatureFlags: false, supportedCompression: [], autocapture_opt_out: false }, origin);
  }
  if (pathname.startsWith('/flags')) return json({ featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false }, origin);
  return json({ status: 1 }, origin);
}

/**
 * Segment: `cdn.segment.com/analytics.js/v1/<writeKey>/analytics.min.js` is analytics-next's standalone
 * build, its chunks are under `/analytics-next/bundles/`, the source's settings under
 * `/v1/projects/<writeKey>/settings` (./segment-settings.json: the Segment.io destination only, no
 * metrics); `api.segment.io/v1/<t|p|i|…>` takes events.
 */
function segment({ hostname, pathname }, origin) {
  if (hostname === 'cdn.segment.com') {
    if (/^\/analytics\.js\/v1\/[^/]+\/analytics\.min\.js$/.test(pathname)) return javascript(distFile(segmentDist, 'standalone.js'), origin);
    if (pathname.startsWith('/analytics-next/bundles/')) {
      const body = distFile(segmentDist, pathname.slice('/analytics-next/bundles/'.length));
      if (body !== undefined) return javascript(body, origin);
    }
    const settings = /^\/v1\/projects\/([^/]+)\/settings$/.exec(pathname);
    if (settings) return json(segmentSettings.replaceAll('__WRITE_KEY__', settings[1]), origin);
    return { status: 404, headers: cors(origin), body: '' };
  }
  return json({ success: true }, origin);
}

const answers = { posthog, segment };

/** What the vendor's server answers, for the vendors whose real library is served; else undefined. */
export function answerNpmVendorRequest(vendor, url, origin) {
  return answers[vendor]?.(url, origin);
}
