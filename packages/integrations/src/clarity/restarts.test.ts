import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restartPending, watchRestarts } from './restarts';
import { windowAt } from '../test/context';

/** Wraps a history method the way the zone watcher does, recording whether a restart was pending each time it ran. */
function wrapLikeZones(page: ReturnType<typeof windowAt>, method: 'pushState' | 'replaceState' = 'pushState') {
  const seen: boolean[] = [];
  const original = page.history[method];
  page.history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
    seen.push(restartPending(page));
    original.apply(this, args);
  };
  return seen;
}

describe('clarity restarts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a restart may come for 500 ms after a URL change (Clarity restarts after 250 ms), counted from the last change', () => {
    const page = windowAt('https://site.example/');
    watchRestarts(page);
    expect(restartPending(page)).toBe(false);
    page.history.pushState({}, '', '/a');
    expect(restartPending(page)).toBe(true);
    vi.advanceTimersByTime(400);
    page.history.replaceState({}, '', '/b');
    vi.advanceTimersByTime(400);
    expect(restartPending(page)).toBe(true);
    vi.advanceTimersByTime(100);
    expect(restartPending(page)).toBe(false);
  });

  it('like Clarity, counts only a change of the address without its fragment', () => {
    const page = windowAt('https://site.example/shop?tab=1');
    watchRestarts(page);
    page.history.replaceState({ scroll: 120 }, '', '/shop?tab=1'); // A router saving its state (Vue Router before each push).
    page.history.pushState({}, '', '#reviews');
    page.history.pushState({}, '');
    expect(restartPending(page)).toBe(false);
    page.history.pushState({}, '', '?tab=2#reviews');
    expect(restartPending(page)).toBe(true);
  });

  it('marks a navigation once the browser has made it: a wrapper it calls (the zone watcher, consent given after Consentry started) sees only restarts from earlier navigations', () => {
    const page = windowAt('https://site.example/');
    const seen = wrapLikeZones(page);
    watchRestarts(page);
    page.history.pushState({}, '', '/dashboard/');
    expect(seen).toEqual([false]);
    expect(restartPending(page)).toBe(true);

    vi.advanceTimersByTime(500);
    page.history.pushState({}, '', '/pricing');
    vi.advanceTimersByTime(100);
    page.history.pushState({}, '', '/dashboard/');
    expect(seen).toEqual([false, false, true]);
  });

  it('a wrapper that calls it (the zone watcher, consent stored when Consentry started) also sees only earlier navigations', () => {
    const page = windowAt('https://site.example/');
    watchRestarts(page);
    const seen = wrapLikeZones(page, 'replaceState');
    page.history.replaceState({}, '', '/dashboard/');
    page.history.replaceState({}, '', '/dashboard/settings');
    expect(seen).toEqual([false, true]);
  });

  it('a navigation the browser refused (it threw) sets up no restart', () => {
    const page = windowAt('https://site.example/');
    page.history.pushState = () => {
      throw new DOMException('cross-origin URL', 'SecurityError');
    };
    watchRestarts(page);
    expect(() => page.history.pushState({}, '', 'https://other.example/')).toThrow('cross-origin');
    expect(restartPending(page)).toBe(false);
  });

  it('back and forward: a popstate marks a restart when the address changed', () => {
    const page = windowAt('https://site.example/pricing');
    watchRestarts(page);
    page.location.href = 'https://site.example/pricing#faq';
    page.dispatchEvent(new Event('popstate'));
    expect(restartPending(page)).toBe(false);
    page.location.href = 'https://site.example/';
    page.dispatchEvent(new Event('popstate'));
    expect(restartPending(page)).toBe(true);
  });
});
