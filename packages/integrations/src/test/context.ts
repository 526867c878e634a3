import { vi } from 'vitest';
import type { BrowserWindow, ConsentState, ServiceContext } from '@consentry/core';

/** The consent state with these categories granted (services granted with their category). */
export function stateWith(categories: Record<string, boolean>, services: Record<string, boolean> = {}): ConsentState {
  return {
    decided: true,
    categories: { necessary: true, ...categories },
    services,
    revision: '1',
    id: 'test',
    updatedAt: null,
    method: 'custom',
    regime: 'opt-in',
    gpc: false,
  };
}

/** A page of its own: globals a vendor defines and its document stay in this test. */
export function freshWindow(html = ''): BrowserWindow & Record<string, any> {
  const document = window.document.implementation.createHTMLDocument();
  document.body.innerHTML = html;
  return Object.create(window, { document: { value: document } });
}

/** A service context on a fresh window; loaded scripts are recorded and added to the page as inert. */
export function contextWith(state: ConsentState, page = freshWindow()) {
  const loaded: string[] = [];
  const context: ServiceContext = {
    state,
    window: page,
    loadScript: vi.fn(async (src: string) => {
      loaded.push(src);
      const script = page.document.createElement('script');
      script.type = 'text/plain';
      script.src = src;
      page.document.head.append(script);
    }),
  };
  return { context, loaded, page };
}

/**
 * A fresh window at `href` whose history methods move its address as the browser's do, and that listeners
 * can be added to and events dispatched on (`popstate`).
 */
export function windowAt(href: string) {
  const location = new URL(href);
  const move = (_data: unknown, _unused: string, url?: string | URL | null) => {
    if (url != null) location.href = new URL(url, location.href).href;
  };
  const events = new EventTarget();
  return Object.defineProperties(freshWindow(), {
    location: { value: location },
    history: { value: { pushState: move, replaceState: move } },
    addEventListener: { value: events.addEventListener.bind(events) },
    dispatchEvent: { value: events.dispatchEvent.bind(events) },
  });
}
