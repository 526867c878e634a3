import type { BrowserWindow } from '@consentry/core';

/** Per watched page: the timer that runs while Clarity may still restart after a URL change, or 0. */
const timers = new WeakMap<BrowserWindow, number>();

/**
 * clarity-js core/history.ts, on a URL change (pushState, replaceState, popstate): `clarity.stop();
 * window.setTimeout(restart, 250)`, and `restart` calls `clarity.start()` whatever happened since, so a
 * stop in between does not hold. This watches the same calls; installed before the tag, it is what
 * Clarity's wrappers call, so its timer is set first and, being longer, ends after Clarity's restart.
 */
export function watchRestarts(window: BrowserWindow): void {
  if (timers.has(window)) return;
  timers.set(window, 0);
  const changed = () => {
    window.clearTimeout(timers.get(window));
    timers.set(window, window.setTimeout(() => timers.set(window, 0), 500));
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method];
    window.history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      changed();
      return original.apply(this, args);
    };
  }
  window.addEventListener('popstate', changed);
}

/** Whether a restart Clarity set up on a URL change may still come. */
export const restartPending = (window: BrowserWindow) => timers.get(window)! > 0;
