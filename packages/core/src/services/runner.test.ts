import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../create';
import { clearBrowserState, recordingVendor, siteConfig } from '../test/fixtures';

const services = [{ id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'p' }];
/** A vendor that a zone can suspend without stopping it (Mixpanel, whose stop clears what it stored). */
const suspendable = (calls: string[]) => ({ ...recordingVendor(calls), suspend: (service: { id: string }) => void calls.push(`suspend ${service.id}`) });
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
    // Until the fresh document arrives, this one reaches its own origin only.
    const policy = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toBe("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:");
    policy?.remove();
    consentry.destroy();
  });

  it('after such a reload is asked, deletes the vendor\'s cookies once more as the old document goes', () => {
    vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    const consentry = createConsentry(siteConfig({ services }), { vendors: [restarting()] });
    consentry.set({ analytics: true });
    consentry.set({ analytics: false });
    // Written again by the vendor's own restart, before the fresh document arrives.
    document.cookie = '_rec_p=again; path=/';
    window.dispatchEvent(new Event('pagehide'));
    expect(document.cookie).not.toContain('_rec_p=');
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

  it('a zone suspends a vendor through its suspend hook, and leaving starts it again', () => {
    const calls: string[] = [];
    const consentry = createConsentry(siteConfig({ services }), { vendors: [suspendable(calls)] });
    consentry.set({ analytics: true });
    consentry.suspend(true);
    consentry.suspend(false);
    expect(calls).toEqual(['prepare rec', 'start rec', 'suspend rec', 'start rec']);
    consentry.destroy();
  });

  it('a withdrawal while suspended stops the vendor, as outside the zone', () => {
    const calls: string[] = [];
    const consentry = createConsentry(siteConfig({ services }), { vendors: [suspendable(calls)] });
    consentry.set({ analytics: true });
    consentry.suspend(true);
    consentry.set({ analytics: false });
    consentry.suspend(false);
    expect(calls).toEqual(['prepare rec', 'start rec', 'suspend rec', 'stop rec']);
    consentry.destroy();
  });

  it('a zone stops a vendor that has no suspend hook', () => {
    const calls: string[] = [];
    const consentry = createConsentry(siteConfig({ services }), { vendors: [recordingVendor(calls)] });
    consentry.set({ analytics: true });
    consentry.suspend(true);
    expect(calls).toEqual(['prepare rec', 'start rec', 'stop rec']);
    consentry.destroy();
  });
});
