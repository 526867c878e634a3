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

/** Both copies must agree; a lone copy (one was cleared by the browser) still counts. */
function bothBackend(first: Backend, second: Backend): Backend {
  return {
    read: () => {
      const [a, b] = [first.read(), second.read()];
      if (a !== null && b !== null && a !== b) return null;
      return a ?? b;
    },
    write: (value) => {
      first.write(value);
      second.write(value);
    },
    clear: () => {
      first.clear();
      second.clear();
    },
  };
}

/**
 * Storage that never throws: when the browser refuses (Safari private mode, cookies blocked, quota
 * exceeded), the choice lives in memory for the rest of the page's life.
 */
export function createStorage(options: NormalizedConfig['storage'], window: BrowserWindow): ConsentStorage {
  const local = () => localStorageBackend(options.name, window);
  const cookie = () => cookieBackend(options, window);
  const backend = options.type === 'cookie' ? cookie() : options.type === 'both' ? bothBackend(local(), cookie()) : local();
  let memory: string | null = null;
  let degraded = false;
  const guard = <T>(action: () => T, fallback: () => T): T => {
    if (!degraded) {
      try {
        return action();
      } catch {
        degraded = true;
      }
    }
    return fallback();
  };
  return {
    get degraded() {
      return degraded;
    },
    read: () => guard(backend.read, () => memory),
    write: (value) => {
      memory = value;
      guard(() => backend.write(value), () => undefined);
    },
    clear: () => {
      memory = null;
      guard(backend.clear, () => undefined);
    },
  };
}
