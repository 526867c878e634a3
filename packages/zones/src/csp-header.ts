/**
 * The airtight layer of a zone, for servers: the Content-Security-Policy header of a zone page. Node-safe:
 * nothing here touches `window`.
 */
import type { ConsentryConfig, VendorDefinition } from '@consentry/core';
import { checkZoneConfig } from './check';
import { hostMatcher, trackerHosts } from './hosts';
import { zonePolicy } from './policy';
import { isZoneRoute } from './routes';

export interface ZoneCspOptions {
  /** Other origins zone pages need (your API, your CDN): `https://api.example.com`. Never a tracker host. */
  allow?: string[];
  /** Vendor integrations (`vendors` from `@consentry/integrations`), so that `allow` is checked against the hosts of your services' vendors. */
  vendors?: VendorDefinition[];
}

/** A request target as servers receive it (`/a/../dashboard?x`, or absolute from a proxy), resolved as a browser would. */
const requestUrl = (path: string) =>
  new URL(/^[a-z][\w+.-]*:/i.test(path) ? path : `http://zone.invalid/${path.replace(/^[/\\]+/, '')}`);

/**
 * The `Content-Security-Policy` value to send with a response for `path`, or null outside zones. Send it
 * as a header of its own next to your site's policy: browsers enforce both, so it can only narrow yours.
 * Throws for a wrong route pattern, or for an `allow` entry that would let a tracker through.
 */
export function zoneCspHeader(config: ConsentryConfig, path: string, options: ZoneCspOptions = {}): string | null {
  checkZoneConfig(config);
  if (!isZoneRoute(config, requestUrl(path))) return null;
  const allow = options.allow ?? [];
  // One source expression each: a ";" would start another directive (a connect-src naming a tracker host),
  // a "," a second policy, and whitespace another source that nothing here checks.
  const notOneSource = allow.filter((source) => typeof source !== 'string' || !source || /[\s;,]/.test(source));
  if (notOneSource.length) {
    const entries = notOneSource.map((source) => JSON.stringify(source)).join(', ');
    throw new Error(`Consentry: zoneCspHeader allow entries must each be one source such as "https://api.example.com", not ${entries}`);
  }
  const isTracker = hostMatcher(trackerHosts(config, options.vendors ?? []));
  // A wildcard or a bare scheme ("https:") would allow every tracker host at once.
  const unsafe = allow.filter((source) => /\*|^[a-z][\w+.-]*:$/i.test(source) || isTracker(source.includes('//') ? source : `https://${source}`));
  if (unsafe.length) throw new Error(`Consentry: zoneCspHeader cannot allow ${unsafe.join(', ')} on a zero-telemetry route`);
  return zonePolicy(["'self'", ...allow]);
}
