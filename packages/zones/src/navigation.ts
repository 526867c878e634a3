/**
 * Sees same-document navigations before the URL changes, where the browser allows it, and after.
 *
 * Wrapper order: the history methods are wrapped when Consentry starts, before it loads any vendor.
 * A vendor that wraps them later (Clarity, Mixpanel autocapture) calls through to this wrapper before it
 * reacts to the URL change, and a router that wrapped them earlier is called by it: either way `before`
 * runs before the browser's own pushState changes the URL. Where the Navigation API exists (Chromium),
 * its `navigate` event, fired before commit, also covers links, traversals and code that kept a reference
 * to the original methods. Elsewhere, back/forward and hash links are only seen after the change
 * (`popstate`, `hashchange`).
 */
import type { BrowserWindow } from '@consentry/core';

/** The part of the Navigation API used here (not yet in TypeScript's DOM types). */
interface NavigateEvent extends Event {
  readonly destination: { readonly url: string; readonly sameDocument: boolean };
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
}

export interface NavigationHooks {
  /**
   * A same-document navigation to `url` is about to happen. `cancelable` is false when it cannot be
   * stopped (traversals). Returns false to cancel it: the hook has started a full page load instead.
   */
  before(url: URL, replace: boolean, cancelable: boolean): boolean;
  /** The URL may have changed. */
  after(): void;
}

/**
 * Starts watching, for the document's life: the wrappers and listeners stay, since other wrappers may sit
 * on top of them.
 */
export function watchNavigation(window: BrowserWindow, { before, after }: NavigationHooks): void {
  const { history, document } = window;

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, data: unknown, unused: string, url?: string | URL | null) {
      if (url != null && !before(new URL(url, document.baseURI), method === 'replaceState', true)) return;
      original.call(this, data, unused, url);
      after();
    };
  }

  const navigation = (window as { navigation?: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const { destination, navigationType, cancelable } = event as NavigateEvent;
    // A cross-document navigation brings a fresh document: nothing to do before it.
    if (!destination.sameDocument) return;
    if (!before(new URL(destination.url), navigationType === 'replace', cancelable && navigationType !== 'traverse')) {
      event.preventDefault();
    }
  };
  navigation?.addEventListener('navigate', onNavigate);
  navigation?.addEventListener('currententrychange', after);
  window.addEventListener('popstate', after);
  window.addEventListener('hashchange', after);
}
