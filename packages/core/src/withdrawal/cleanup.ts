import type { BrowserWindow } from '../types';
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

/** Deletes matching cookies on every domain level and path they may have been set with. */
export function deleteCookies(patterns: string[], window: BrowserWindow): void {
  if (!patterns.length) return;
  const matches = matcher(patterns);
  const document = window.document;
  const names = document.cookie.split(';').map((pair) => decodeURIComponent(pair.split('=')[0]!.trim()));
  const segments = window.location.pathname.split('/');
  const paths = segments.map((_, index) => segments.slice(0, index + 1).join('/') || '/');
  for (const name of names.filter((candidate) => candidate && matches(candidate))) {
    for (const domain of cookieDomains(window.location.hostname)) {
      for (const path of paths) {
        document.cookie = `${encodeURIComponent(name)}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain ? `; domain=${domain}` : ''}`;
      }
    }
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
