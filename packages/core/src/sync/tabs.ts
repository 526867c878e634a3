import type { BrowserWindow, NormalizedConfig } from '../types';
/**
 * Keeps open tabs of the site in step: a choice made in one reaches the others (the `storage` event for
 * localStorage, a BroadcastChannel for the cookie), and a page restored from the back/forward cache
 * re-reads the stored choice, which may have changed while it was frozen.
 */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed. */
  announce(): void;
  destroy(): void;
}

export function createTabSync({ name, type }: Pick<NormalizedConfig['storage'], 'name' | 'type'>, window: BrowserWindow, onOutsideChange: () => void): TabSync {
  // With localStorage alone, the `storage` event already tells of every change: a channel would repeat it
  // and costs time on every page load. A cookie fires no event; with both, the cookie may be read before
  // another tab has written it, so the channel's message, sent once both are written, is the one to wait for.
  const channel = type !== 'localStorage' && window.BroadcastChannel ? new window.BroadcastChannel(`consentry:${name}`) : null;
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
