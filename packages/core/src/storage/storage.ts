import type { BrowserWindow, NormalizedConfig } from '../types';
import { cookieName, readCookie, writeCookie } from './cookie';

/**
 * Where the record lives. The shape of the Web Storage API, so that localStorage serves as it is and the
 * cookie is the one backend written here. Every method may throw; `createStorage` guards them.
 */
type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the controller reads, writes and clears: the record under the configured name. */
export interface ConsentStorage {
  read(): string | null;
  write(value: string): void;
  clear(): void;
}

function cookieBackend(options: NormalizedConfig['storage'], window: BrowserWindow): Backend {
  const document = window.document;
  const attributes = {
    domain: options.domain,
    path: options.path,
    sameSite: options.sameSite,
    // RFC 6265bis: SameSite=None requires Secure; on plain http a Secure cookie would not be stored at all.
    secure: window.location.protocol === 'https:',
  };
  const name = cookieName(options, attributes.secure);
  return {
    getItem: () => readCookie(document, name),
    setItem: (_, value) => {
      writeCookie(document, name, value, options.maxAgeDays, attributes);
      // Browsers silently drop cookies they refuse (blocked, third-party context): check it stuck.
      if (readCookie(document, name) !== value) throw new Error('cookie not stored');
    },
    removeItem: () => writeCookie(document, name, '', -1, attributes),
  };
}

/**
 * Storage that never throws: when the browser refuses (Safari private mode, cookies blocked, quota
 * exceeded), the choice lives in memory for the rest of the page's life.
 */
export function createStorage(options: NormalizedConfig['storage'], window: BrowserWindow): ConsentStorage {
  const cookies = cookieBackend(options, window);
  // Looked up on each use, inside `attempt`: merely reading `window.localStorage` throws where it is disabled.
  const backends = (): Backend[] => [
    ...(options.type === 'cookie' ? [] : [window.localStorage]),
    ...(options.type === 'localStorage' ? [] : [cookies]),
  ];
  const name = options.name;
  let memory: string | null = null;
  let degraded = false;
  /** Runs an action on every backend; the first refusal moves the page to memory for good. */
  const attempt = <T>(action: (backend: Backend) => T): T[] | undefined => {
    if (!degraded) {
      try {
        return backends().map(action);
      } catch {
        degraded = true;
      }
    }
  };
  return {
    read: () => {
      const [first = null, cookie = first] = attempt((backend) => backend.getItem(name)) ?? [memory];
      if (cookie === first) return first;
      // "both": localStorage, which no other origin can write, holds the choice and the cookie mirrors it
      // for servers. A cookie that differs was written by someone else (a sibling subdomain tossing one on
      // the parent domain) and is put right; a lone cookie counts only where no other site can have set
      // it (the `__Host-` name) or where the site shares it with its subdomains on purpose (`domain`).
      const shared = options.domain || cookieName(options, window.location.protocol === 'https:') !== name;
      const choice = first ?? (shared ? cookie : null);
      attempt((backend) => (choice === null ? backend.removeItem(name) : backend.setItem(name, choice)));
      return choice;
    },
    write: (value) => {
      memory = value;
      attempt((backend) => backend.setItem(name, value));
    },
    clear: () => {
      memory = null;
      attempt((backend) => backend.removeItem(name));
    },
  };
}
