import type { BrowserWindow } from '../types';
/**
 * Keeps open tabs of the site in step: a choice made in one reaches the others (BroadcastChannel, with the
 * `storage` event for localStorage where BroadcastChannel is missing), and a page restored from the
 * back/forward cache re-reads the stored choice, which may have changed while it was frozen.
 */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed. */
  announce(): void;
  destroy(): void;
}

export function createTabSync(name: string, window: BrowserWindow, onOutsideChange: () => void): TabSync {
  const channel = 'BroadcastChannel' in window ? new window.BroadcastChannel(`consentry:${name}`) : null;
  const onStorage = (event: StorageEvent) => {
    // HTML Standard: `localStorage.clear()` in another tab fires the event with a null key.
    if (event.key === name || event.key === null) onOutsideChange();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) onOutsideChange();
  };
  if (channel) channel.onmessage = onOutsideChange;
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return {
    announce: () => channel?.postMessage('change'),
    destroy: () => {
      channel?.close();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onPageShow);
    },
  };
}
