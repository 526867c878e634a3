import type { BrowserWindow, NormalizedConfig } from '../types';
import { readCookie, writeCookie } from './cookie';

/** Where the record lives. Every method may throw; `createStorage` guards them. */
interface Backend {
  read(): string | null;
  write(value: string): void;
  clear(): void;
}

export interface ConsentStorage extends Backend {
  /** True once a backend threw and the choice is kept in memory for this page only. */
  readonly degraded: boolean;
}

function localStorageBackend(name: string, window: BrowserWindow): Backend {
  return {
    read: () => window.localStorage.getItem(name),
    write: (value) => window.localStorage.setItem(name, value),
    clear: () => window.localStorage.removeItem(name),
  };
}

function cookieBackend({ name, domain, path, sameSite, maxAgeDays }: NormalizedConfig['storage'], window: BrowserWindow): Backend {
  const document = window.document;
  const attributes = {
    domain,
    path,
    sameSite,
    // RFC 6265bis: SameSite=None requires Secure; on plain http a Secure cookie would not be stored at all.
    secure: window.location.protocol === 'https:',
  };
  return {
    read: () => readCookie(document, name),
    write: (value) => {
      writeCookie(document, name, value, maxAgeDays, attributes);
      // Browsers silently drop cookies they refuse (blocked, third-party context): check it stuck.
      if (readCookie(document, name) !== value) throw new Error('cookie not stored');
    },
    clear: () => writeCookie(document, name, '', -1, attributes),
  };
}

/**
 * Storage that never throws: when the browser refuses (Safari private mode, cookies blocked, quota
 * exceeded), the choice lives in memory for the rest of the page's life.
 */
export function createStorage(options: NormalizedConfig['storage'], window: BrowserWindow): ConsentStorage {
  const backends = [
    ...(options.type === 'cookie' ? [] : [localStorageBackend(options.name, window)]),
    ...(options.type === 'localStorage' ? [] : [cookieBackend(options, window)]),
  ];
  let memory: string | null = null;
  let degraded = false;
  /** Runs an action on every backend; the first refusal moves the page to memory for good. */
  const attempt = <T>(action: (backend: Backend) => T): T[] | undefined => {
    if (!degraded) {
      try {
        return backends.map(action);
      } catch {
        degraded = true;
      }
    }
  };
  return {
    get degraded() {
      return degraded;
    },
    read: () => {
      // Copies must agree (a disagreement is tampering); a lone copy, the other cleared by the browser, counts.
      const found = (attempt((backend) => backend.read()) ?? [memory]).filter((value) => value !== null);
      return found.every((value) => value === found[0]) ? (found[0] ?? null) : null;
    },
    write: (value) => {
      memory = value;
      attempt((backend) => backend.write(value));
    },
    clear: () => {
      memory = null;
      attempt((backend) => backend.clear());
    },
  };
}
