import type { BrowserWindow, ConsentState, ConsentryConfig } from './types';
import { normalizeConfig } from './config/load';
import { computeState, currentRecord } from './consent/state';
import { globalPrivacyControl } from './signals/gpc';
import { cookieName, readCookie } from './storage/cookie';
import { decodeRecord } from './storage/record';
import { createStorage } from './storage/storage';

/** The consent of a stored value under `config`; any error yields the no-consent state of an empty config. */
function stateOf(config: ConsentryConfig, window: BrowserWindow, stored: (normalized: ReturnType<typeof normalizeConfig>) => string | null, gpc: () => boolean): ConsentState {
  try {
    const normalized = normalizeConfig(config, window);
    const signal = gpc();
    return computeState(normalized, currentRecord(normalized, decodeRecord(stored(normalized), Date.now()), Date.now(), signal), signal);
  } catch {
    return computeState(normalizeConfig({ revision: String(config?.revision) }, window), null, false);
  }
}

/**
 * The visitor's current consent, read from storage, for code that only needs to know (a sub-app, a
 * server-rendered island) while the banner lives elsewhere. It does not validate the config, show, load or
 * store anything; any error yields the no-consent state of an empty config.
 */
export function readConsent(config: ConsentryConfig): ConsentState {
  const window = globalThis.window as BrowserWindow;
  // GPC is read inside the guard, as it needs a window (there is none on a server); an empty config has no
  // category for it to turn off.
  return stateOf(config, window, (normalized) => createStorage(normalized.storage, window).read(), () => globalPrivacyControl(window));
}

/**
 * The consent a request's `Cookie` header carries, on a server, so that a server-rendered page can decide
 * without waiting for the browser. Only a choice stored in the cookie (`storage.type` `"cookie"` or
 * `"both"`) is seen: with `"localStorage"` this is always the no-consent state. Pass `gpc: true` when the
 * request has `Sec-GPC: 1`, as the browser would honour it, and `https: false` when the page is served over
 * plain http (the browser then stores the cookie without its `__Host-` prefix). Like `readConsent`, it validates nothing and
 * any error yields the no-consent state. With `regime: "auto"` and no `regimeHint`, the server has no
 * time zone to guess from and takes opt-in.
 */
export function readConsentFromCookie(config: ConsentryConfig, cookieHeader: string | null | undefined, options: { gpc?: boolean; https?: boolean } = {}): ConsentState {
  const window = undefined as unknown as BrowserWindow;
  return stateOf(
    config,
    window,
    // The name the browser stored it under: `__Host-` on https (the default), unless the page is served
    // over plain http (`https: false`, a local development server).
    (normalized) =>
      normalized.storage.type === 'localStorage' ? null : readCookie({ cookie: cookieHeader ?? '' } as Document, cookieName(normalized.storage, options.https !== false)),
    () => options.gpc === true,
  );
}
