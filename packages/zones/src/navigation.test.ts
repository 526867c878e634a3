import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from '@consentry/core';
import { watchNavigation, type NavigationHooks } from './navigation';

/** A window with recording history methods and, where asked, a Navigation API to dispatch events on. */
function page({ navigationApi }: { navigationApi: boolean }) {
  const log: string[] = [];
  const history = {
    pushState: (_data: unknown, _unused: string, url?: string | URL | null) => log.push(`history push ${url}`),
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => log.push(`history replace ${url}`),
  };
  const navigation = navigationApi ? new EventTarget() : undefined;
  const window = Object.assign(new EventTarget(), { history, navigation, document: { baseURI: 'https://site.example/shop/' } });
  return { window: window as unknown as BrowserWindow & { history: History; navigation?: EventTarget }, navigation, log };
}

/** Hooks that log each call and let a navigation through unless its path is `refuse`. */
function hooks(log: string[], refuse = '/refused'): NavigationHooks {
  return {
    before(url, replace, cancelable) {
      log.push(`before ${url.pathname} replace=${replace} cancelable=${cancelable}`);
      return url.pathname !== refuse;
    },
    after: () => log.push('after'),
  };
}

/** A `navigate` event as the Navigation API fires it, before the URL changes. */
function navigate(destination: string, navigationType: string, { sameDocument = true, cancelable = true } = {}) {
  return Object.assign(new Event('navigate', { cancelable }), { destination: { url: destination, sameDocument }, navigationType });
}

describe('navigation watcher', () => {
  it('sees pushState and replaceState before the URL changes, with the address resolved, and after', () => {
    const { window, log } = page({ navigationApi: false });
    watchNavigation(window, hooks(log));
    window.history.pushState({}, '', 'dashboard/');
    window.history.replaceState({}, '', '/account?tab=1');
    window.history.pushState({}, '');
    expect(log).toEqual([
      'before /shop/dashboard/ replace=false cancelable=true',
      'history push dashboard/',
      'after',
      'before /account replace=true cancelable=true',
      'history replace /account?tab=1',
      'after',
      // No address: the URL does not change, there is nothing to decide.
      'history push undefined',
      'after',
    ]);
  });

  it('a navigation the hook refuses never reaches the browser (the hook started a full page load)', () => {
    const { window, log } = page({ navigationApi: false });
    watchNavigation(window, hooks(log));
    window.history.pushState({}, '', '/refused');
    expect(log).toEqual(['before /refused replace=false cancelable=true']);
  });

  it('without the Navigation API, back/forward and hash links are seen once the URL has changed', () => {
    const { window, log } = page({ navigationApi: false });
    watchNavigation(window, hooks(log));
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('hashchange'));
    expect(log).toEqual(['after', 'after']);
  });

  it('with the Navigation API, every same-document navigation is seen before it commits', () => {
    const { window, navigation, log } = page({ navigationApi: true });
    watchNavigation(window, hooks(log));

    const link = navigate('https://site.example/dashboard/', 'push');
    navigation!.dispatchEvent(link);
    // A traversal cannot be cancelled: the hook is told so, and `after` follows the URL change.
    const back = navigate('https://site.example/refused', 'traverse', { cancelable: false });
    navigation!.dispatchEvent(back);
    const refused = navigate('https://site.example/refused', 'replace');
    navigation!.dispatchEvent(refused);
    // A cross-document navigation brings a fresh document: nothing to do before it.
    navigation!.dispatchEvent(navigate('https://site.example/other', 'push', { sameDocument: false }));
    navigation!.dispatchEvent(new Event('currententrychange'));

    expect(log).toEqual([
      'before /dashboard/ replace=false cancelable=true',
      'before /refused replace=false cancelable=false',
      'before /refused replace=true cancelable=true',
      'after',
    ]);
    expect([link.defaultPrevented, back.defaultPrevented, refused.defaultPrevented]).toEqual([false, false, true]);
  });
});
