import { hostMatcher, refuseRequests, type BrowserWindow, type Consentry, type VendorDefinition } from '@consentry/core';
import { zoneAllows, zoneOrigins } from './allow';
import { fence } from './fence';
import { trackerHosts } from './hosts';
import { watchNavigation } from './navigation';
import { routeMatcher } from './routes';

export interface ZoneWatcher {
  /** Whether the zone measures are on: the document shows a zero-telemetry route. */
  inZone(): boolean;
  /** Stops watching the route. A guard in force stays: leaving it needs a fresh document. */
  destroy(): void;
}

/**
 * Keeps every tracker silent on zero-telemetry routes. Expects `consentry` created suspended when the
 * page loads on a zone route (`createHeadless` does), so that nothing started before this runs.
 */
export function watchZones(consentry: Consentry, vendors: VendorDefinition[]): ZoneWatcher {
  const zone = consentry.config.zeroTelemetry;
  const window = globalThis.window as BrowserWindow;
  if (!zone?.routes.length) return { inZone: () => false, destroy: () => undefined };

  let matches = routeMatcher(zone.routes);
  const block = zone.onEnter === 'block';
  const allow = zoneOrigins(consentry.config);
  const isTracker = hostMatcher(trackerHosts(consentry.config, vendors));
  const allows = zoneAllows(allow, window.location);
  /**
   * The zone measures are on: the guard refuses, exactly then, every origin but the page's own and the
   * allowed ones (a dashboard widget's LinkedIn pixel as much as Clarity), and the known tracker hosts
   * whatever the list says (the config check refuses them in it already).
   */
  let zoned = false;
  refuseRequests(window, (url) => zoned && (!allows(url) || isTracker(url.href)));
  /**
   * A CSP binds the document for its whole life: the server's header when it was served on a zone route,
   * or the meta CSP of an entry in "block" mode. Leaving then needs a fresh document.
   */
  let bound = false;

  /**
   * Code that no stop reaches runs: a vendor with no runtime stop (Hotjar) is on, or one that a pause now
   * would not hold (Clarity, with a restart pending from a navigation just before), or the core ran gated
   * markup or site code through onGranted (a `custom` service), which it cannot call back. Only a fresh
   * document silences it.
   */
  const unstoppableOn = () =>
    consentry.unstoppableRan ||
    consentry.config.services.some((service) => {
      const vendor = consentry.has(service.id) && vendors.find((vendor) => vendor.vendor === service.vendor);
      return vendor && (!vendor.stoppable || vendor.suspendHolds?.(service, window) === false);
    });
  const needsFreshDocument = (toZone: boolean) =>
    toZone ? consentry.trackersRan && (!block || unstoppableOn()) : bound;
  /**
   * A URL that differs only in its fragment (`#/admin`) never loads a document: the browser "navigates to a
   * fragment" within this one (HTML spec), so assigning it would only bring this navigation back here.
   */
  const fragmentOnly = (url: URL) => url.href.split('#')[0] === window.location.href.split('#')[0];

  /** Enters or leaves in place. A bound document never leaves in place, so an entry fences at most once. */
  const zoneInPlace = (on: boolean) => {
    zoned = on;
    consentry.suspend(on);
    if (on && (bound = block)) fence(window, allow);
  };

  watchNavigation(window, {
    before(url, replace, cancelable) {
      const toZone = matches(url);
      if (toZone === zoned) return true;
      if (!needsFreshDocument(toZone)) {
        // Leaving happens once the URL has changed, so that vendors start on the page they measure.
        if (toZone) zoneInPlace(true);
        return true;
      }
      // Clarity restarts 250 ms after a URL change unless it was stopped before: stop everything now.
      if (toZone) consentry.suspend(true);
      if (!cancelable || fragmentOnly(url)) return true; // `after` reloads once the URL has changed.
      // This document lives on until the zone's arrives, and a restart Clarity set up on a navigation just
      // before runs in it meanwhile (it starts, then replays the stop): the guard refuses what it sends.
      zoned ||= toZone;
      window.location[replace ? 'replace' : 'assign'](url.href);
      return false;
    },
    after() {
      const toZone = matches(window.location);
      if (toZone === zoned) return;
      // This document lives on until the fresh one arrives: the guard follows the URL meanwhile.
      if (needsFreshDocument(toZone)) {
        zoned = toZone;
        window.location.reload();
      } else zoneInPlace(toZone);
    },
  });

  // Landing on a zone route: the core starts suspended. No fence: the page is still loading what it needs,
  // and the server's CSP header is the airtight layer of a landing. That header cannot be lifted either, so
  // leaving the zone is a full load, in which consented trackers can start. The server never sees a
  // fragment, so a hash-route zone got no header: nothing ran, and leaving it happens in place.
  if (matches(window.location)) {
    zoned = true;
    bound = matches({ pathname: window.location.pathname, hash: '' });
    consentry.suspend(true);
  }

  return {
    inZone: () => zoned,
    destroy() {
      // Navigation stays watched for the document's life; with every route taken for the current state,
      // no navigation changes anything any more.
      matches = () => zoned;
    },
  };
}
