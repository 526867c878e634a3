// The airtight layer of a zero-telemetry zone: the Content-Security-Policy header from @consentry/zones,
// sent with every response on a zone route so the browser itself refuses tracker hosts there.
import { fileURLToPath, pathToFileURL } from 'node:url';

const zonesEntry = fileURLToPath(new URL('../../packages/zones/dist/index.js', import.meta.url));

/**
 * Loads the zones helper from the built package (or `entry`). Fails closed: without the helper no zone page
 * could get its header, so this rejects and the server does not start. A helper that throws (a wrong zone
 * config) makes the request an error response, since the headers are computed before anything is sent.
 */
export async function loadZonePolicy(entry = zonesEntry) {
  const { zoneCspHeader } = await import(pathToFileURL(entry).href);
  if (typeof zoneCspHeader !== 'function') throw new Error(`examples: ${entry} has no zoneCspHeader: zone routes would be served without their CSP header`);
  return (config, pathname) => {
    const policy = zoneCspHeader(config, pathname);
    return policy ? { 'content-security-policy': policy } : {};
  };
}
