import type { BrowserWindow, ConsentState, ConsentryConfig } from './types';
import { normalizeConfig } from './config/load';
import { computeState, currentRecord } from './consent/state';
import { globalPrivacyControl } from './signals/gpc';
import { decodeRecord } from './storage/record';
import { createStorage } from './storage/storage';

/**
 * The visitor's current consent, read from storage, for code that only needs to know (a sub-app, a
 * server-rendered island) while the banner lives elsewhere. It does not validate the config, show, load or
 * store anything; any error yields the no-consent state of an empty config.
 */
export function readConsent(config: ConsentryConfig): ConsentState {
  const window = globalThis.window as BrowserWindow;
  try {
    const normalized = normalizeConfig(config, window);
    const stored = decodeRecord(createStorage(normalized.storage, window).read(), Date.now());
    const gpc = globalPrivacyControl(window);
    return computeState(normalized, currentRecord(normalized, stored, Date.now(), gpc), gpc);
  } catch {
    // GPC is read inside the try, as it needs a window (there is none on a server); an empty config has
    // no category for it to turn off.
    return computeState(normalizeConfig({ revision: String(config?.revision) }, window), null, false);
  }
}
