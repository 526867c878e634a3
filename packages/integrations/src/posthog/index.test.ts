import { describe, expect, it, vi } from 'vitest';
import { posthog, type PosthogService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: PosthogService = { id: 'posthog', vendor: 'posthog', category: 'analytics', token: 'phc_tok123' };

/** What array.js does with the snippet stub (posthog-core init_from_snippet): init from `_i`, call `loaded`. */
function loadLibrary(page: Record<string, any>) {
  const [token, config, name] = page.posthog._i[0];
  const library = { __loaded: true, token, config, name, opt_in_capturing: vi.fn(), opt_out_capturing: vi.fn() };
  page.posthog = library;
  config.loaded(library);
  return library;
}

describe('posthog', () => {
  it('on grant, loads array.js from the assets host with the snippet’s stub, initialised opted out, and opts in once loaded', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await posthog.start(service, context);
    expect(loaded).toEqual(['https://us-assets.i.posthog.com/static/array.js']);
    expect(Array.isArray(page.posthog)).toBe(true);
    expect(page.posthog._i[0][1]).toMatchObject({
      api_host: 'https://us.i.posthog.com',
      opt_out_capturing_by_default: true,
      opt_out_persistence_by_default: true,
      request_batching: false,
    });
    const library = loadLibrary(page);
    expect(library.name).toBe('posthog');
    expect(library.opt_in_capturing).toHaveBeenCalledOnce();
    expect(library.opt_out_capturing).not.toHaveBeenCalled();
  });

  it('the EU cloud loads from eu-assets; a reverse proxy serves array.js itself and is a declared host', async () => {
    const eu = contextWith(stateWith({ analytics: true }));
    await posthog.start({ ...service, id: 'eu', apiHost: 'https://eu.i.posthog.com' }, eu.context);
    expect(eu.loaded).toEqual(['https://eu-assets.i.posthog.com/static/array.js']);
    const proxied = { ...service, id: 'proxied', apiHost: 'https://ph.example.com/' };
    const proxy = contextWith(stateWith({ analytics: true }));
    await posthog.start(proxied, proxy.context);
    expect(proxy.loaded).toEqual(['https://ph.example.com/static/array.js']);
    expect(posthog.hosts(proxied)).toEqual(['*.posthog.com', 'ph.example.com']);
  });

  it('on withdrawal, opts out; granted again in the same page, opts in without loading it twice', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await posthog.start(service, context);
    const library = loadLibrary(page);
    posthog.stop(service, context);
    expect(library.opt_out_capturing).toHaveBeenCalledOnce();
    await posthog.start(service, context);
    expect(library.opt_in_capturing).toHaveBeenCalledTimes(2);
    expect(loaded).toHaveLength(1);
  });

  it('withdrawn while array.js was still loading: once loaded it opts out, never in; granted again meanwhile, it is not loaded twice', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await posthog.start(service, context);
    posthog.stop(service, context);
    await posthog.start(service, context);
    posthog.stop(service, context);
    const library = loadLibrary(page);
    expect(loaded).toHaveLength(1);
    expect(library.opt_in_capturing).not.toHaveBeenCalled();
    expect(library.opt_out_capturing).toHaveBeenCalledOnce();
  });

  it('declares its persistence and consent flag, as cookies and as storage keys', () => {
    expect(posthog.cookies(service)).toEqual(['ph_phc_tok123_posthog', '__ph_opt_in_out_phc_tok123']);
    expect(posthog.storageKeys(service)).toEqual(['ph_phc_tok123_*', '__ph_opt_in_out_phc_tok123']);
    expect(posthog.hosts(service)).toEqual(['*.posthog.com']);
  });
});
