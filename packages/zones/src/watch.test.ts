import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry, type VendorDefinition } from '@consentry/core';
import { watchZones } from './watch';

/** A vendor with a runtime stop whose pause holds or not, as the test says; its calls are recorded. */
function pausableVendor(holds: () => boolean, calls: string[]): VendorDefinition {
  return {
    vendor: 'pausable',
    schema: {
      type: 'object',
      properties: { id: { type: 'string' }, category: { type: 'string' }, vendor: { type: 'string', const: 'pausable' } },
      required: ['id', 'category', 'vendor'],
    },
    hosts: () => ['*.pausable.test'],
    cookies: () => [],
    storageKeys: () => [],
    start: () => void calls.push('start'),
    stop: () => void calls.push('stop'),
    suspend: () => void calls.push('suspend'),
    suspendHolds: (service, window) => {
      calls.push(`asked ${service.id} ${window === globalThis.window}`);
      return holds();
    },
    stoppable: true,
  };
}

/** A tracked public page in "block" mode, with the zone watched and page loads recorded. */
function trackedPage(holds: () => boolean) {
  window.history.replaceState({}, '', '/');
  localStorage.clear();
  const calls: string[] = [];
  const vendor = pausableVendor(holds, calls);
  const consentry = createConsentry(
    {
      revision: '1',
      categories: { analytics: { label: 'Analytics' } },
      services: [{ id: 'rec', vendor: 'pausable', category: 'analytics' }],
      zeroTelemetry: { routes: ['/dashboard/**'], onEnter: 'block' },
    },
    { vendors: [vendor] },
  );
  const zones = watchZones(consentry, [vendor]);
  consentry.acceptAll();
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
  return { consentry, zones, calls, assign };
}

describe('zone watcher, "block" mode', () => {
  let destroy = () => {};
  afterEach(() => destroy());

  it('enters in place, pausing the vendors before the URL changes, when every pause holds', () => {
    const { consentry, zones, calls, assign } = trackedPage(() => true);
    destroy = consentry.destroy;
    window.history.pushState({}, '', '/dashboard/');
    expect(assign).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/dashboard/');
    expect(zones.inZone()).toBe(true);
    expect(calls).toEqual(['start', 'asked rec true', 'suspend']);
    zones.destroy();
  });

  it('makes the entry a full page load when a vendor says its pause would not hold now (Clarity about to restart itself)', () => {
    const { consentry, zones, calls, assign } = trackedPage(() => false);
    destroy = consentry.destroy;
    window.history.pushState({}, '', '/dashboard/?tab=1');
    expect(assign).toHaveBeenCalledWith(new URL('/dashboard/?tab=1', window.location.href).href);
    expect(window.location.pathname).toBe('/');
    // Stopped at once all the same: the old document lives on until the fresh one arrives.
    expect(calls).toEqual(['start', 'asked rec true', 'suspend']);
    zones.destroy();
  });
});
