import type { Regime, BrowserWindow } from '../types';

/**
 * Time zones of US states with opt-out privacy laws' populations. A guess, not a legal determination:
 * travellers, VPNs and shared zones (America/Phoenix is also Sonora) make it wrong at the edges, which is
 * why anything not recognised falls back to the stricter opt-in. Send `regimeHint` from your server when
 * you know better (for example from a CDN's geo header).
 */
const OPT_OUT_ZONES = /^(America\/(New_York|Detroit|Indiana\/.+|Kentucky\/.+|Chicago|Menominee|North_Dakota\/.+|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak)|Pacific\/Honolulu|US\/.+)$/;

export function resolveRegime(
  regime: Regime | 'auto' | undefined,
  hint: Regime | undefined,
  window: BrowserWindow,
): Regime {
  if (regime !== 'auto') return regime ?? 'opt-in';
  if (hint) return hint;
  try {
    return OPT_OUT_ZONES.test(new window.Intl.DateTimeFormat().resolvedOptions().timeZone) ? 'opt-out' : 'opt-in';
  } catch {
    return 'opt-in';
  }
}
