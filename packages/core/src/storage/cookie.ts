/**
 * The first-party cookie the choice may live in. Two operations of RFC 6265 rather than js-cookie: the
 * library costs 600 bytes gzip of the 12 KB script-tag budget for the same read and write.
 */
export interface CookieAttributes {
  domain?: string;
  path: string;
  sameSite: string;
  secure: boolean;
}

/** RFC 6265 section 4.2.1: `name=value` pairs separated by "; ". Values are URI-encoded on write. */
export function readCookie(document: Document, name: string): string | null {
  for (const pair of document.cookie.split('; ')) {
    const index = pair.indexOf('=');
    if (pair.slice(0, index) === name) {
      try {
        return decodeURIComponent(pair.slice(index + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** RFC 6265 section 4.1.1; a negative Max-Age removes the cookie (section 5.2.2). */
export function writeCookie(document: Document, name: string, value: string, maxAgeDays: number, attributes: CookieAttributes): void {
  document.cookie =
    `${name}=${encodeURIComponent(value)}; Max-Age=${Math.round(maxAgeDays * 86_400)}; Path=${attributes.path}` +
    `${attributes.domain ? `; Domain=${attributes.domain}` : ''}; SameSite=${attributes.sameSite}${attributes.secure ? '; Secure' : ''}`;
}

/**
 * The cookie's name: with the `__Host-` prefix on https when it is the host's alone (no `domain`, path
 * `/`). RFC 6265bis 4.1.3.2: such a cookie is only accepted from a secure origin, with `Secure`, `Path=/`
 * and no `Domain`, so neither a sibling subdomain nor a script over plain http can set one for this host
 * (cookie tossing).
 */
export const cookieName = ({ name, domain, path }: { name: string; domain?: string; path: string }, secure: boolean) =>
  secure && !domain && path === '/' ? `__Host-${name}` : name;
