import type { Consentry } from '@consentry/core';

/** Mounts the banner and the preferences dialog for a consent controller. */
export function mountUi(consentry: Consentry): { show(): void; showPreferences(): void; hide(): void; destroy(): void } {
  void consentry;
  return { show: () => undefined, showPreferences: () => undefined, hide: () => undefined, destroy: () => undefined };
}
