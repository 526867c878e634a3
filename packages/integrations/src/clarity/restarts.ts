import type { BrowserWindow } from '@consentry/core';

/** Per watched page: the timer that runs while Clarity may still restart after a URL change, or 0. */
const timers = new WeakMap<BrowserWindow, number>();

/**
 * clarity-js core/history.ts: its pushState and replaceState wrappers call the browser's method first, then
 * (its popstate listener likewise), when it runs and the address without its fragment has changed,
 * `clarity.stop(); window.setTimeout(restart, 250)`, and `restart` calls `clarity.start()`, which writes
 * its cookies and uploads before it replays what was queued since (a `stop` then holds, too late for
 * those). This watches the same calls; installed before the
 * tag, it is what Clarity's wrappers call, so its timer is set first and, being longer, ends after
 * Clarity's restart.
 *
 * Like Clarity, it marks a navigation once the browser's method has returned. The zone watcher wraps the
 * history methods before this when consent comes after Consentry started, so its wrapper runs inside this
 * one: deciding on an entry before the URL changes, it sees only restarts set up by earlier navigations,
 * not one for the entry itself, which stops Clarity first (a stopped Clarity sets up no restart).
 */
export function watchRestarts(window: BrowserWindow): void {
  if (timers.has(window)) return;
  timers.set(window, 0);
  const address = () => window.location.href.split('#')[0];
  let shown = address();
  const changed = () => {
    if (shown === (shown = address())) return;
    window.clearTimeout(timers.get(window));
    timers.set(window, window.setTimeout(() => timers.set(window, 0), 500));
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method];
    window.history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      changed();
    };
  }
  window.addEventListener('popstate', changed);
}

/** Whether a restart Clarity set up on a URL change may still come. */
export const restartPending = (window: BrowserWindow) => timers.get(window)! > 0;
