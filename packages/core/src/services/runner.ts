import type { ConsentState, NormalizedConfig, ServiceConfig, ServiceContext, VendorDefinition, BrowserWindow } from '../types';
import { deleteCookies, deleteStorageKeys } from '../withdrawal/cleanup';
import { loadScript } from './load-script';
import { refuseOtherOrigins } from './refuse-other-origins';
import { hostMatcher } from './hosts';
import { refuseRequests } from './request-guard';
import { isolate } from '../isolate';

export interface ServiceRunner {
  /**
   * Starts, updates or stops each service to match the consent (nothing runs while suspended), and
   * deletes what a withdrawn service stored: withdrawal is honoured in a zone too.
   */
  update(state: ConsentState, previous: ConsentState | null, suspended: boolean): void;
  /** Whether any vendor ran in this document (zones reload then, for a fresh document). */
  readonly ranAny: boolean;
}

/** Cookies and storage keys a service wrote: its vendor's declared ones plus the site's extra ones. */
export function serviceFootprint(service: ServiceConfig, vendor: VendorDefinition | undefined) {
  return {
    cookies: [...(vendor?.cookies(service) ?? []), ...(service.cookies ?? [])],
    storageKeys: [...(vendor?.storageKeys(service) ?? []), ...(service.storageKeys ?? [])],
    hosts: [...(vendor?.hosts(service) ?? []), ...(service.hosts ?? [])],
  };
}

export function createServiceRunner(config: NormalizedConfig, vendors: VendorDefinition[], window: BrowserWindow): ServiceRunner {
  const running = new Set<string>();
  /** Services a zone suspended while consent stood: a withdrawal meanwhile must still stop them. */
  const paused = new Set<string>();
  let ranAny = false;
  const entries = config.services.map((service) => {
    const vendor = vendors.find((v) => v.vendor === service.vendor);
    return { service, vendor, reaches: hostMatcher(serviceFootprint(service, vendor).hosts) };
  });
  // A vendor that throws must not stop the others from being stopped: each call is isolated.
  const attempt = <Result>(action: () => Result) => isolate(window, action);
  /**
   * Services withdrawn in this document: from the moment of withdrawal nothing reaches their hosts, even
   * what the vendor sends as it stops (Clarity's `stop()` flushes its buffer by sendBeacon at once,
   * clarity-js data/upload.ts `stop(): upload(true)`), unless a service still granted uses the host too.
   */
  const withdrawnHere = new Set<(typeof entries)[number]>();
  /** The consent of the latest update, set before any vendor is told of it. */
  let consent: ConsentState | undefined;
  /** Whether the request guard is in place, once the first vendor is about to start. */
  let guarded: boolean | undefined;
  const guard = () =>
    refuseRequests(window, (url) =>
      [...withdrawnHere].some(({ reaches }) => reaches(url.href)) &&
      !entries.some(({ service, reaches }) => consent!.services[service.id] === true && running.has(service.id) && reaches(url.href)),
    );

  let prepared = false;

  return {
    get ranAny() {
      return ranAny;
    },
    update(state, previous, suspended) {
      consent = state;
      const context: ServiceContext = { state, window, loadScript: (src, attributes) => loadScript(window, config.nonce, src, attributes) };
      // The first sync runs before anything can start: vendors set their defaults (Consent Mode) first.
      if (!prepared) {
        prepared = true;
        for (const { service, vendor } of entries) {
          if (vendor?.prepare) attempt(() => vendor.prepare!(service, context));
        }
      }
      let reload = false;
      const withdrawn: typeof entries = [];
      const erase = ({ service, vendor }: (typeof entries)[number]) => {
        const footprint = serviceFootprint(service, vendor);
        deleteCookies(footprint.cookies, window);
        deleteStorageKeys(footprint.storageKeys, window);
      };
      for (const entry of entries) {
        const { service, vendor } = entry;
        const consented = state.services[service.id] === true;
        const granted = consented && !suspended;
        const isRunning = running.has(service.id);
        if (!consented && (isRunning || paused.has(service.id))) withdrawnHere.add(entry);
        // Before the first vendor loads, so that it only ever sees the guarded browser methods. A page where
        // the guard cannot be installed (a hostile `Object.defineProperty`) starts no vendor: a withdrawal
        // there could not keep what a vendor sends as it stops from leaving.
        if (granted && !isRunning && vendor && (guarded ??= attempt(() => (guard(), true)) === true)) {
          withdrawnHere.delete(entry);
          running.add(service.id);
          paused.delete(service.id);
          ranAny = true;
          attempt(() => vendor.start(service, context));
        } else if (granted && isRunning) {
          if (vendor?.update) attempt(() => vendor.update!(service, context));
        } else if (!granted && isRunning) {
          running.delete(service.id);
          // A zone while consent stands: what the vendor stored is still the visitor's to keep.
          const pause = consented && vendor?.suspend;
          if (pause) paused.add(service.id);
          const stopped = vendor && attempt(() => (pause ? vendor.suspend!(service, context) : vendor.stop(service, context)));
          // No runtime stop exists (Hotjar), or none that holds now: only a fresh document is silent again.
          // Not for a stop that does not hold while a zone suspends vendors: the zone's guard covers that,
          // and a reload would lose the navigation into the zone.
          reload ||= vendor?.stoppable === false || (stopped === false && !suspended);
        } else if (!consented && paused.delete(service.id)) {
          attempt(() => vendor!.stop(service, context));
        }
        if (!state.services[service.id] && previous?.services[service.id]) {
          withdrawn.push(entry);
          erase(entry);
        }
      }
      if (reload) {
        // This document lives on until the fresh one arrives, and what could not be stopped (Hotjar, or
        // Clarity restarting itself) may send and write its cookies again meanwhile: it reaches no other
        // origin from now on, and its cookies are deleted once more as the page goes.
        refuseOtherOrigins(window);
        window.addEventListener('pagehide', () => withdrawn.forEach(erase), { once: true });
        window.location.reload();
      }
    },
  };
}
