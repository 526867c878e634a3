/**
 * The rule a zero-telemetry zone enforces (packages/zones allow.ts, in the page and in its CSP header):
 * no network at all (`data:`, `blob:`), the page's own origin, or an origin of `zeroTelemetry.allow`.
 * Everything else a zone page reaches is a failure, tracker list or not.
 */
const hostUrl = (source: string) => (source.includes('//') ? source : `https://${source}`);

export function zoneAllows(allow: readonly string[], pageUrl: string): (url: string) => boolean {
  const page = new URL(pageUrl);
  const hosts = allow.map((source) => new URL(hostUrl(source)).host.toLowerCase());
  return (href) => {
    const url = new URL(href);
    return !/^(?:https?|wss?):$/.test(url.protocol) || url.origin === page.origin || hosts.includes(url.host);
  };
}
