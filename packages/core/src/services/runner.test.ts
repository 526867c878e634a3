import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../create';
import { clearBrowserState, recordingVendor, siteConfig } from '../test/fixtures';

const services = [{ id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'p' }];
/** A vendor whose stop does not hold now (Clarity about to restart itself after a URL change). */
const restarting = () => ({ ...recordingVendor(), stop: () => false });

afterEach(() => {
  vi.restoreAllMocks();
  clearBrowserState();
});

describe('service runner', () => {
  it('reloads the page when a withdrawn vendor reports that its stop does not hold', () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    const consentry = createConsentry(siteConfig({ services }), { vendors: [restarting()] });
    consentry.set({ analytics: true });
    consentry.set({ analytics: false });
    expect(reload).toHaveBeenCalledTimes(1);
    consentry.destroy();
  });

  it('does not reload when a zero-telemetry zone suspends it: the zone guard covers that', () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    const consentry = createConsentry(siteConfig({ services }), { vendors: [restarting()] });
    consentry.set({ analytics: true });
    consentry.suspend(true);
    consentry.destroy();
    expect(reload).not.toHaveBeenCalled();
  });
});
