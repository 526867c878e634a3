// The airtight layer of a zero-telemetry zone: the Content-Security-Policy header from @consentry/zones,
// sent with every response on a zone route so the browser itself refuses tracker hosts there.
import { fileURLToPath, pathToFileURL } from 'node:url';

const zonesEntry = fileURLToPath(new URL('../../packages/zones/dist/index.js', import.meta.url));

/** Loads the zones helper from the built package; warns (and sends no header) if the build lacks it. */
export async function loadZonePolicy() {
  const zones = await import(pathToFileURL(zonesEntry).href).catch(() => ({}));
  if (typeof zones.zoneCspHeader !== 'function') {
    console.warn('examples: the built @consentry/zones has no zoneCspHeader: zone routes are served without a CSP header');
    return () => ({});
  }
  return (config, pathname) => {
    const policy = zones.zoneCspHeader(config, pathname);
    return policy ? { 'content-security-policy': policy } : {};
  };
}
