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
 * expressions such as `/admin/.*` or `/v\d+`, brace globs) would silently match next to nothing, so it is
 * refused; a path with a literal `+` or `$` writes it percent-encoded (`%2B`, `%24`).
 */
const PATTERN = /^(?:\/(?:(?:\*\*|#)(?=\/|$)|(?!:)(?:[*.](?!\*)|[^\s?#*./+$[\]{}()|\\^<>"`])*))+$/;

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
 * part of one; every other character is itself. The path is read once, one character at a time, keeping
 * the set of places in the pattern it can have reached: time in step with the path's length (times the
 * pattern's), whatever either holds. A regular expression backtracked instead, for seconds on
 * `/reports/*-*-*.pdf` against a long path, in the page and on every request with `zoneCspHeader`.
 */
function compile(pattern: string): (path: string) => boolean {
  // "\0" stands for a `/**` segment: nothing, or "/" and anything after (normalized paths have no empty
  // segment, and what follows it in the pattern is a "/" or the end). Inside it, past the "/", a place is
  // its index plus 0.5. Lower case: on many servers /Dashboard serves the dashboard, and a zone too wide is
  // the safe side.
  const tokens = normalize(pattern).toLowerCase().replace(/\/\*\*(?=\/|$)/g, '\0');
  // A wildcard may match nothing, so the place after it is reached too; the set grows as it is iterated.
  const closed = (places: Set<number>) => {
    for (const place of places) if (place % 1 || tokens[place] === '*' || tokens[place] === '\0') places.add(Math.floor(place) + 1);
    return places;
  };
  return (path) => {
    let places = closed(new Set([0]));
    // Code units, as the pattern is indexed.
    for (const char of normalize(path).toLowerCase().split('')) {
      const next = new Set<number>();
      for (const place of places) {
        const token = tokens[place];
        if (place % 1 || (token === '*' && char !== '/')) next.add(place);
        else if (token === '\0' && char === '/') next.add(place + 0.5);
        else if (token === char) next.add(place + 1);
      }
      places = closed(next);
    }
    return places.has(tokens.length);
  };
}

/** The paths a location shows: its path, and with a hash route (`#/x` or `#!/x`) the path joined to it. */
function paths({ pathname, hash }: RouteLocation): string[] {
  const hashRoute = /^#!?(\/[^?]*)/.exec(hash)?.[1];
  return hashRoute ? [pathname, `${pathname.replace(/\/?$/, '/#')}${hashRoute}`] : [pathname];
}

/** A matcher for a list of valid patterns. */
export function routeMatcher(routes: readonly string[]): (location: RouteLocation) => boolean {
  const patterns = routes.map(compile);
  return (location) => paths(location).some((path) => patterns.some((matches) => matches(path)));
}

/** Whether a location is on a zero-telemetry route of the config. */
export function isZoneRoute(config: Pick<ConsentryConfig, 'zeroTelemetry'>, location: RouteLocation): boolean {
  return !!config.zeroTelemetry && routeMatcher(config.zeroTelemetry.routes)(location);
}
