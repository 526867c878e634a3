/**
 * `zeroTelemetry.allow`: the other origins zone pages need (the site's API, its CDN). Inside a zone every
 * origin but the page's own and these is refused, in the page and by the server's header alike, so both
 * read this one list. A tracker host can never be allowed.
 */
import type { ConfigIssue, ConsentryConfig } from '@consentry/core';

const hostUrl = (source: string) => (source.includes('//') ? source : `https://${source}`);

/**
 * Allowed entries that name a tracker host, each by its path (`zeroTelemetry.allow[1]: ...`), for the
 * server and `consentry check`. Their shape is the schema's to check; the page's guard refuses tracker
 * hosts whatever the list says.
 */
export function allowIssues(allow: unknown, isTracker: (url: string) => boolean): ConfigIssue[] {
  if (!Array.isArray(allow)) return [];
  return allow.flatMap((source, index) =>
    typeof source === 'string' && isTracker(hostUrl(source))
      ? [{ path: `zeroTelemetry.allow[${index}]`, message: `"${source}" is a tracker host: it cannot be allowed in a zero-telemetry zone` }]
      : [],
  );
}

/**
 * The origins a zone page may reach besides its own: `zeroTelemetry.allow`, and the origin of
 * `record.endpoint`, the site's own proof-of-consent receiver (a choice may be made in a zone too).
 */
export function zoneOrigins(config: Pick<ConsentryConfig, 'zeroTelemetry' | 'record'>): string[] {
  const endpoint = config.record && /^https?:\/\//i.test(config.record.endpoint) ? [new URL(config.record.endpoint).origin] : [];
  return [...(config.zeroTelemetry?.allow ?? []), ...endpoint];
}

/**
 * Whether a request stays inside what a zone lets through: no network at all (`data:`, `blob:`), the
 * page's own origin, or an allowed host (and port, when the entry names one).
 */
export function zoneAllows(allow: readonly string[], page: Location | URL): (url: URL) => boolean {
  const hosts = allow.map((source) => new URL(hostUrl(source)).host.toLowerCase());
  return (url) => !/^(?:https?|wss?):$/.test(url.protocol) || url.origin === page.origin || hosts.includes(url.host);
}
