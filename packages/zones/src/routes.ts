/**
 * Route patterns of zero-telemetry zones: `/dashboard/**` (the dashboard and everything under it),
 * `/app/*` (one segment below /app), `/#/admin/**` (a hash route). A matcher compiles its patterns once,
 * not per navigation.
 */
import type { ConsentryConfig } from '@consentry/core';

/** What a pattern is matched against: `window.location`, or a URL a navigation is about to show. */
export type RouteLocation = Pick<Location, 'pathname' | 'hash'>;

/**
 * The whole grammar: segments after "/", each `**` (any depth), `#` (a hash route follows), or literal
 * text with `*` wildcards. Anything from other route syntaxes (a query string, `:param`, regular
 * expressions, brace globs) would silently match nothing, so it is refused.
 */
const PATTERN = /^(?:\/(?:(?:\*\*|#)(?=\/|$)|(?!:)(?:\*(?!\*)|[^\s?#*/[\]{}()|\\^<>"`])*))+$/;

/** Why a pattern cannot be used, or undefined when it can (a route not a string is the core's to report). */
export function routeProblem(pattern: unknown): string | undefined {
  return typeof pattern !== 'string' || PATTERN.test(pattern)
    ? undefined
    : `"${pattern}" is not a route pattern like "/app", "/app/*.pdf", "/app/**" or "/#/app/**"`;
}

/**
 * Percent-decoded, so that `/dash%62oard` is `/dashboard` as most servers would serve it (`%2F` becomes a
 * separator too). A malformed escape is kept as it is rather than making the whole path unreadable.
 */
const decode = (path: string) =>
  path.replace(/(%[\da-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });

/** `//a//b/` is `/a/b`: servers commonly merge slashes, and a trailing slash names the same page. */
const normalize = (path: string) => decode(path).replace(/\/+(?=\/|$)/g, '');

/**
 * A `/**` segment is any depth, its slash included so that `/a/**` matches `/a` too; `*` is one segment or
 * part of one; every other non-word character is escaped to match itself.
 */
function compile(pattern: string): RegExp {
  const source = normalize(pattern).replace(/\/\*\*(?=\/|$)|\*|\W/g, (token) =>
    token === '*' ? '[^/]*' : token[1] ? '(?:/[^/]+)*' : `\\${token}`,
  );
  // Case-insensitive: on many servers /Dashboard serves the dashboard; a zone too wide is the safe side.
  return new RegExp(`^${source}$`, 'i');
}

/** The paths a location shows: its path, and with a hash route (`#/x` or `#!/x`) the path joined to it. */
function paths({ pathname, hash }: RouteLocation): string[] {
  const hashRoute = /^#!?(\/[^?]*)/.exec(hash)?.[1];
  return hashRoute ? [pathname, `${pathname.replace(/\/?$/, '/#')}${hashRoute}`] : [pathname];
}

/** A matcher for a list of valid patterns. */
export function routeMatcher(routes: readonly string[]): (location: RouteLocation) => boolean {
  const patterns = routes.map(compile);
  return (location) => paths(location).some((path) => patterns.some((pattern) => pattern.test(normalize(path))));
}

/** Whether a location is on a zero-telemetry route of the config. */
export function isZoneRoute(config: Pick<ConsentryConfig, 'zeroTelemetry'>, location: RouteLocation): boolean {
  return !!config.zeroTelemetry && routeMatcher(config.zeroTelemetry.routes)(location);
}
