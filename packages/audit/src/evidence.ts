import type { SeenRequest } from './recorder';

const MAX_URL = 160;

/** A URL short enough for a terminal line: long query strings (beacon payloads) are cut. */
export const shortUrl = (url: string) => (url.length > MAX_URL ? `${url.slice(0, MAX_URL)}…` : url);

export const requestLine = (request: SeenRequest) => `${request.method} ${shortUrl(request.url)} (from ${shortUrl(request.page)})`;

/** At most `limit` lines, then how many more there were: a tracker that beacons every second would flood a report. */
export function firstLines(lines: string[], limit = 10): string[] {
  const unique = [...new Set(lines)];
  return unique.length > limit ? [...unique.slice(0, limit), `… and ${unique.length - limit} more`] : unique;
}
