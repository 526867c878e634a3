import type { BrowserWindow } from '../types';
import { writeCookie } from '../storage/cookie';

/** Names with a trailing `*` match by prefix (`_ga_*` matches `_ga_ABC123`). */
function matcher(patterns: string[]): (name: string) => boolean {
  return (name) => patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
}

/**
 * Every domain a cookie for this host may have been written on: host-only, the host, and each parent
 * domain up to (not including) the top-level label. Vendors such as Clarity and GA write to the highest
 * settable domain (`.example.com`); a Domain attribute on a public suffix is refused by the browser anyway.
 */
export function cookieDomains(hostname: string): (string | undefined)[] {
  const labels = hostname.split('.');
  const domains: (string | undefined)[] = [undefined];
  if (/^[\d.]+$|:/.test(hostname) || labels.length < 2) return domains;
  for (let index = 0; index < labels.length - 1; index += 1) domains.push(labels.slice(index).join('.'));
  return domains;
}

/**
 * Deletes matching cookies on every domain level and path they may have been set with. Names are used as
 * the browser lists them, undecoded: a deletion must name the cookie exactly, and a malformed escape in a
 * third-party name must not stop the withdrawal.
 */
export function deleteCookies(patterns: string[], window: BrowserWindow): void {
  if (!patterns.length) return;
  const matches = matcher(patterns);
  const { document, location } = window;
  const segments = location.pathname.split('/');
  try {
    for (const pair of document.cookie.split('; ')) {
      const name = pair.split('=')[0]!;
      if (!name || !matches(name)) continue;
      for (const domain of cookieDomains(location.hostname)) {
        segments.forEach((_, index) =>
          writeCookie(document, name, '', -1, { domain, path: segments.slice(0, index + 1).join('/') || '/', sameSite: 'Lax', secure: location.protocol === 'https:' }),
        );
      }
    }
  } catch {
    // The cookie jar throws (a sandboxed iframe without allow-same-origin): nothing can be stored there.
  }
}

/** Deletes matching keys from localStorage and sessionStorage; storage that throws is skipped. */
export function deleteStorageKeys(patterns: string[], window: BrowserWindow): void {
  if (!patterns.length) return;
  const matches = matcher(patterns);
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[area];
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
      for (const key of keys) if (key !== null && matches(key)) storage.removeItem(key);
    } catch {
      // Storage disabled: nothing can have been stored there.
    }
  }
}
