import { describe, expect, it, vi } from 'vitest';
import { mixpanel, type MixpanelService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: MixpanelService = { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123', apiHost: 'https://api-eu.mixpanel.com' };

/** What the CDN build does with the snippet stub: init from `_i`, then call `loaded`. */
function loadLibrary(page: Record<string, any>) {
  const [token, config] = page.mixpanel._i[0];
  const library = { __loaded: true, token, config, opt_in_tracking: vi.fn(), opt_out_tracking: vi.fn() };
  page.mixpanel = library;
  config.loaded(library);
  return library;
}

describe('mixpanel', () => {
  it('on grant, loads the library initialised opted out, with the EU api host, and opts in once loaded', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await mixpanel.start(service, context);
    expect(loaded).toEqual(['https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js']);
    expect(Array.isArray(page.mixpanel)).toBe(true); // The CDN build refuses a stub that is no array.
    expect(page.mixpanel._i[0][1]).toMatchObject({ api_host: 'https://api-eu.mixpanel.com', opt_out_tracking_by_default: true });
    expect(loadLibrary(page).opt_in_tracking).toHaveBeenCalledOnce();
  });

  it('on revoke, opts out without a profile delete, which could not leave any more, and clears persistence', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await mixpanel.start(service, context);
    const library = loadLibrary(page);
    mixpanel.stop(service, context);
    expect(library.opt_out_tracking).toHaveBeenCalledWith({ delete_user: false, clear_persistence: true });
  });

  it('suspended by a zone, opts out keeping its persistence; leaving opts in again', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await mixpanel.start(service, context);
    const library = loadLibrary(page);
    mixpanel.suspend!(service, context);
    expect(library.opt_out_tracking).toHaveBeenCalledWith({ delete_user: false, clear_persistence: false });
    await mixpanel.start(service, context);
    expect(library.opt_in_tracking).toHaveBeenCalledTimes(2);
    mixpanel.suspend!(service, context);
    mixpanel.stop(service, context);
    expect(library.opt_out_tracking).toHaveBeenLastCalledWith({ delete_user: false, clear_persistence: true });
  });

  it('suspended while the library was still loading: once loaded it opts out keeping its persistence', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await mixpanel.start(service, context);
    mixpanel.suspend!(service, context);
    const library = loadLibrary(page);
    expect(library.opt_in_tracking).not.toHaveBeenCalled();
    expect(library.opt_out_tracking).toHaveBeenCalledWith({ delete_user: false, clear_persistence: false });
  });

  it('withdrawn while the library was still loading: it opts out, never in', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await mixpanel.start(service, context);
    mixpanel.stop(service, context);
    const library = loadLibrary(page);
    expect(library.opt_in_tracking).not.toHaveBeenCalled();
    expect(library.opt_out_tracking).toHaveBeenCalledOnce();
  });

  it('declares its cookie and queues, not the opt-out flag that keeps it silent, and the residency host', () => {
    expect(mixpanel.cookies(service)).toEqual(['mp_tok123_mixpanel']);
    expect(mixpanel.storageKeys(service)).toEqual(['mp_tok123_mixpanel', '__mpq_tok123*']);
    expect(mixpanel.hosts(service)).toContain('api-eu.mixpanel.com');
  });
});
