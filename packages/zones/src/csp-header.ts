/**
 * The airtight layer of a zone, for servers: the Content-Security-Policy header of a zone page. Node-safe:
 * nothing here touches `window`.
 */
import type { ConsentryConfig, VendorDefinition } from '@consentry/core';
import { checkZoneConfig } from './check';
import { zoneOrigins } from './allow';
import { zonePolicy } from './policy';
import { isZoneRoute } from './routes';

export interface ZoneCspOptions {
  /** Vendor integrations (`vendors` from `@consentry/integrations`), so that `zeroTelemetry.allow` is checked against the hosts of every vendor. */
  vendors?: VendorDefinition[];
}

/** A request target as servers receive it (`/a/../dashboard?x`, or absolute from a proxy), resolved as a browser would. */
const requestUrl = (path: string) =>
  new URL(/^[a-z][\w+.-]*:/i.test(path) ? path : `http://zone.invalid/${path.replace(/^[/\\]+/, '')}`);

/**
 * The `Content-Security-Policy` value to send with a response for `path`, or null outside zones. Send it
 * as a header of its own next to your site's policy: browsers enforce both, so it can only narrow yours.
 * Only `'self'`, `zeroTelemetry.allow` and the origin of `record.endpoint` are allowed, as the in-page guard
 * lets through.
 * Throws for a wrong route pattern, or for an allowed origin that is no single origin or a tracker host.
 */
export function zoneCspHeader(config: ConsentryConfig, path: string, options: ZoneCspOptions = {}): string | null {
  checkZoneConfig(config, options.vendors);
  if (!isZoneRoute(config, requestUrl(path))) return null;
  return zonePolicy(["'self'", ...zoneOrigins(config)]);
}
