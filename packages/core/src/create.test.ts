import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from './create';
import { ConsentryConfigError } from './config/error';
import { clearBrowserState, recordingVendor, siteConfig } from './test/fixtures';
import type { Consentry, ConsentState, ServiceFields, VendorDefinition } from './types';

let instances: Consentry[] = [];
const create = (...args: Parameters<typeof createConsentry>) => {
  const consentry = createConsentry(...args);
  instances.push(consentry);
  return consentry;
};

beforeEach(clearBrowserState);
afterEach(() => {
  instances.forEach((instance) => instance.destroy());
  instances = [];
  vi.useRealTimers();
});

describe('createConsentry', () => {
  it('throws for an invalid config before reading, storing or starting anything', () => {
    const calls: string[] = [];
    localStorage.setItem('consentry', 'untouched');
    expect(() => create({ revision: '' }, { vendors: [recordingVendor(calls)] })).toThrow(ConsentryConfigError);
    expect(calls).toEqual([]);
    expect(localStorage.getItem('consentry')).toBe('untouched');
  });

  it('checks a TypeScript config against the typed vendors passed: a missing or unknown field does not compile', () => {
    const recorder = recordingVendor() as VendorDefinition<ServiceFields & { vendor: 'recorder'; projectId: string }>;
    const player = { ...recordingVendor(), vendor: 'player' } as VendorDefinition<ServiceFields & { vendor: 'player'; videoId?: string }>;
    const vendors = [recorder, player];
    // Compiled, not run: `tsc` fails on an @ts-expect-error that has no error under it.
    const compileOnly = () => {
      createConsentry({ revision: '1', services: [{ id: 'r', vendor: 'recorder', category: 'necessary', projectId: 'p1' }, { id: 'p', vendor: 'player', category: 'necessary' }] }, { vendors });
      // @ts-expect-error a recorder service without its projectId
      createConsentry({ revision: '1', services: [{ id: 'r', vendor: 'recorder', category: 'necessary' }] }, { vendors });
      // @ts-expect-error a field the player does not have
      createConsentry({ revision: '1', services: [{ id: 'p', vendor: 'player', category: 'necessary', projectId: 'p1' }] }, { vendors });
      // @ts-expect-error a vendor that was not passed
      createConsentry({ revision: '1', services: [{ id: 'c', vendor: 'clarity', category: 'necessary' }] }, { vendors });
      createConsentry({ revision: '1', services: [{ id: 'c', vendor: 'custom', category: 'necessary' }] }, { vendors });
    };
    expect(compileOnly).toBeTypeOf('function');
    // Input from JSON is validated at run time all the same.
    expect(() => createConsentry(JSON.parse('{"revision":"1","services":[{"id":"r","vendor":"recorder","category":"necessary"}]}'), { vendors })).toThrow(
      /services\[0\]\.projectId: required/,
    );
  });

  it('accept all, reject all and custom choices update the state and persist', () => {
    const consentry = create(siteConfig());
    consentry.acceptAll();
    expect(consentry.get()).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: true } });
    expect(create(siteConfig()).get().categories.marketing).toBe(true);

    consentry.rejectAll();
    expect(consentry.get()).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytics: false, marketing: false } });

    consentry.set({ analytics: true });
    expect(consentry.get()).toMatchObject({ method: 'custom', categories: { analytics: true, marketing: false } });
    expect(create(siteConfig()).get().categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });

  it('has() answers for categories and services; necessary is always granted', () => {
    const consentry = create(siteConfig());
    expect(consentry.has('necessary')).toBe(true);
    expect(consentry.has('analytics')).toBe(false);
    consentry.set({ analytics: true, marketing: true, ads: false });
    expect(consentry.has('stats')).toBe(true);
    expect(consentry.has('ads')).toBe(false);
    expect(consentry.has('unknown')).toBe(false);
  });

  it('never grants an id named like an Object built-in, to has(), onGranted or gated markup', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="constructor">window.ranGated = 1;</script>';
    const consentry = create(siteConfig());
    const ran = vi.fn();
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(consentry.has(id)).toBe(false);
      consentry.onGranted(id, ran);
    }
    consentry.acceptAll();
    await Promise.resolve();
    expect(ran).not.toHaveBeenCalled();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    document.body.innerHTML = '';
  });

  it('gates markup by service id: a service follows its category, unless the visitor turned it off', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="stats">stats</script><script type="text/plain" data-consent="ads">ads</script>';
    const inert = () => Array.from(document.querySelectorAll('script[type="text/plain"]'), (script) => script.textContent);
    const consentry = create(siteConfig());
    consentry.set({ marketing: true, ads: false });
    await new Promise((resolve) => setTimeout(resolve));
    expect(inert()).toEqual(['stats', 'ads']);
    consentry.set({ analytics: true });
    await new Promise((resolve) => setTimeout(resolve));
    expect(inert()).toEqual(['ads']);
    document.body.innerHTML = '';
  });

  it('a partial choice keeps what it does not name', () => {
    const consentry = create(siteConfig());
    consentry.set({ marketing: true });
    consentry.set({ analytics: true });
    expect(consentry.get().categories).toMatchObject({ analytics: true, marketing: true });
  });

  it('set() grants only true, and refuses unknown ids before deciding anything', () => {
    const consentry = create(siteConfig());
    consentry.set({ analytics: 'no', marketing: 1, stats: true } as never);
    expect(consentry.get().categories).toMatchObject({ analytics: false, marketing: false });
    expect(consentry.has('analytics')).toBe(false);
    const stored = localStorage.getItem('consentry');
    expect(JSON.parse(stored!).choices).toEqual({ necessary: true, analytics: false, marketing: false, stats: true });
    expect(create(siteConfig()).get().decided).toBe(true);

    expect(() => consentry.set({ analytics: true, bogus: true, constructor: true })).toThrow('Consentry: set() got an unknown id "bogus"');
    expect(() => consentry.set({ constructor: true })).toThrow('Consentry: set() got an unknown id "constructor"');
    expect(consentry.get().categories.analytics).toBe(false);
    expect(localStorage.getItem('consentry')).toBe(stored);
  });

  it('keeps one consent id across later changes of mind', () => {
    const consentry = create(siteConfig());
    consentry.acceptAll();
    const id = consentry.get().id;
    consentry.rejectAll();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(consentry.get().id).toBe(id);
  });

  it('tells listeners and the page (consentry:change) about each change, once', () => {
    const consentry = create(siteConfig());
    const listener = vi.fn();
    const onWindow = vi.fn();
    window.addEventListener('consentry:change', onWindow);
    const off = consentry.on('change', listener);
    consentry.acceptAll();
    // Another tab announcing the very same choice changes nothing here.
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0].categories.analytics).toBe(true);
    expect(listener.mock.calls[0]![1].categories.analytics).toBe(false);
    expect((onWindow.mock.calls[0]![0] as CustomEvent<ConsentState>).detail.method).toBe('accept-all');
    off();
    consentry.rejectAll();
    expect(listener).toHaveBeenCalledTimes(1);
    window.removeEventListener('consentry:change', onWindow);
  });

  it('a throwing change listener or onGranted callback is reported and stops nothing else', () => {
    const beacon = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    const announce = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A cookie copy too, so that the other tabs are told over the channel.
    const consentry = create(siteConfig({ record: { endpoint: '/consent-log' }, storage: { type: 'both' } }));
    const boom = () => {
      throw new Error('boom');
    };
    const [listener, granted, onWindow] = [vi.fn(), vi.fn(), vi.fn()];
    consentry.on('change', boom);
    consentry.on('change', listener);
    consentry.onGranted('analytics', boom);
    consentry.onGranted('analytics', granted);
    window.addEventListener('consentry:change', onWindow);
    expect(() => consentry.acceptAll()).not.toThrow();
    window.removeEventListener('consentry:change', onWindow);
    expect([listener, granted, onWindow, announce, beacon].map((fn) => fn.mock.calls.length)).toEqual([1, 1, 1, 1, 1]);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith('Consentry:', expect.objectContaining({ message: 'boom' }));
  });

  it('the state it hands out cannot be used to change the consent in force', () => {
    const consentry = create(siteConfig());
    const granted = vi.fn();
    consentry.onGranted('analytics', granted);
    const handedOut: ConsentState[] = [consentry.get()];
    consentry.on('change', (state, previous) => void handedOut.push(state, previous));
    const onWindow = (event: Event) => void handedOut.push((event as CustomEvent<ConsentState>).detail);
    window.addEventListener('consentry:change', onWindow);
    consentry.set({ marketing: true });
    window.removeEventListener('consentry:change', onWindow);
    for (const state of handedOut) {
      try {
        Object.assign(state.categories, { analytics: true });
        Object.assign(state.services, { stats: true });
      } catch {
        // Refused: that is the point.
      }
    }
    consentry.set({ marketing: false });
    expect(consentry.has('analytics') || consentry.has('stats')).toBe(false);
    expect(consentry.get().categories.analytics).toBe(false);
    expect(granted).not.toHaveBeenCalled();
  });

  it('refuses to listen to an event that does not exist', () => {
    expect(() => create(siteConfig()).on('chnage' as 'change', () => undefined)).toThrow(/unknown event "chnage"/);
  });

  it('optOutOfSale turns off sharing categories only ("Do Not Sell or Share")', () => {
    const consentry = create(siteConfig({ regime: 'opt-out' }));
    expect(consentry.get().categories).toMatchObject({ analytics: true, marketing: true });
    consentry.optOutOfSale();
    expect(consentry.get()).toMatchObject({ decided: true, method: 'do-not-sell', categories: { analytics: true, marketing: false } });
  });

  it('with GPC on, accepting all still leaves sharing categories off', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const consentry = create(siteConfig());
      consentry.acceptAll();
      expect(consentry.get()).toMatchObject({ gpc: true, categories: { analytics: true, marketing: false } });
      expect(consentry.receipt()).toMatchObject({ gpc: true, method: 'accept-all' });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  describe('GPC deciding before any click (opt-out)', () => {
    const beacon = vi.fn((..._: unknown[]) => Promise.resolve(new Response(null, { status: 204 })));
    const sent = async () => beacon.mock.calls.map(([, init]) => JSON.parse((init as RequestInit).body as string));
    const optOut = () => siteConfig({ regime: 'opt-out', record: { endpoint: '/consent-log' } });
    beforeEach(() => {
      beacon.mockClear();
      vi.spyOn(window, 'fetch').mockImplementation(beacon);
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    });
    afterEach(() => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    });

    it('is recorded and sent once per consent id as method "gpc", and the visitor is still asked', async () => {
      const first = create(optOut());
      expect(first.get()).toMatchObject({ decided: false, method: 'gpc', gpc: true, categories: { analytics: true, marketing: false } });
      const [record] = await sent();
      expect(record).toMatchObject({ id: first.get().id, method: 'gpc', regime: 'opt-out', gpc: true, categories: { analytics: true, marketing: false } });
      expect(first.receipt()).toEqual(record);

      // The next page load finds the record: nothing is sent again, and the consent id stays.
      const next = create(optOut());
      expect(beacon).toHaveBeenCalledTimes(1);
      expect(next.get()).toMatchObject({ decided: false, method: 'gpc', id: record.id });

      // A click later is the visitor's own decision, under the same consent id.
      next.acceptAll();
      expect(next.get()).toMatchObject({ decided: true, method: 'accept-all', id: record.id, categories: { marketing: false } });
      expect((await sent()).map((each) => each.method)).toEqual(['gpc', 'accept-all']);
    });

    it('records nothing where it turns nothing off (opt-in), and its record lapses once GPC is off', () => {
      expect(create(siteConfig({ record: { endpoint: '/consent-log' } })).receipt()).toBeNull();
      expect(beacon).not.toHaveBeenCalled();

      create(optOut());
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
      const withoutGpc = create(optOut());
      expect(withoutGpc.get()).toMatchObject({ decided: false, method: 'default', id: null, categories: { marketing: true } });
      expect(withoutGpc.receipt()).toBeNull();
    });
  });

  it('reset forgets the choice and withdraws what was granted', () => {
    const calls: string[] = [];
    const consentry = create(siteConfig({ services: [{ id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'p1' }] }), { vendors: [recordingVendor(calls)] });
    consentry.acceptAll();
    consentry.reset();
    expect(consentry.get()).toMatchObject({ decided: false, id: null, categories: { analytics: false } });
    expect(localStorage.getItem('consentry')).toBeNull();
    expect(calls).toContain('stop rec');
  });

  it('onGranted runs once the category or service is granted, at once if it already is', () => {
    const consentry = create(siteConfig());
    const later = vi.fn();
    const cancelled = vi.fn();
    consentry.onGranted('stats', later);
    consentry.onGranted('analytics', cancelled)();
    expect(later).not.toHaveBeenCalled();
    consentry.set({ analytics: true });
    consentry.set({ analytics: false });
    consentry.set({ analytics: true });
    expect(later).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    const now = vi.fn();
    consentry.onGranted('necessary', now);
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('receipt() is the minimal proof-of-consent record, without the query string', () => {
    history.replaceState(null, '', '/pricing?email=someone@example.com#plans');
    const consentry = create(siteConfig());
    expect(consentry.receipt()).toBeNull();
    consentry.set({ analytics: true });
    const receipt = consentry.receipt()!;
    expect(Object.keys(receipt).sort()).toEqual(['categories', 'gpc', 'id', 'method', 'path', 'regime', 'revision', 'services', 'timestamp']);
    expect(receipt).toMatchObject({ revision: '2026-03', regime: 'opt-in', method: 'custom', path: '/pricing', gpc: false });
    expect(receipt.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    history.replaceState(null, '', '/');
  });

  it('receipt() is the record that was sent for the decision, also on a later page under a later config', async () => {
    const beacon = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    history.replaceState(null, '', '/pricing');
    const consentry = create(siteConfig({ record: { endpoint: '/consent-log' } }));
    consentry.set({ analytics: true });
    const sent = JSON.parse(beacon.mock.calls[0]![1]!.body as string);
    consentry.destroy();

    // A reload on another page, with a service added since (same revision) and another regime.
    history.replaceState(null, '', '/account/jane');
    const services = [...siteConfig().services!, { id: 'newsvc', vendor: 'custom', category: 'analytics' }];
    const later = create(siteConfig({ services, regime: 'opt-out' }));
    expect(later.receipt()).toEqual(sent);
    expect(sent).toMatchObject({ path: '/pricing', regime: 'opt-in', services: { stats: true, ads: false } });
    expect(sent.services).not.toHaveProperty('newsvc');
    history.replaceState(null, '', '/');
  });

  it('sends each decision once to record.endpoint, and nothing without an endpoint', () => {
    const beacon = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    create(siteConfig()).acceptAll();
    expect(beacon).not.toHaveBeenCalled();

    const consentry = create(siteConfig({ record: { endpoint: '/consent-log' } }));
    expect(beacon).not.toHaveBeenCalled();
    consentry.acceptAll();
    consentry.rejectAll();
    expect(beacon).toHaveBeenCalledTimes(2);
    expect(beacon.mock.calls[0]![0]).toBe('/consent-log');
  });

  it('sends the record with fetch keepalive, without cookies and with the origin alone as referrer', () => {
    const beacon = vi.fn((..._: unknown[]) => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const fetchSpy = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    create(siteConfig({ record: { endpoint: '/consent-log' } })).rejectAll();
    // sendBeacon always sends the site's cookies and the page's full Referer: not used.
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('/consent-log');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'strict-origin' });
    expect(JSON.parse(String(init!.body))).toMatchObject({ method: 'reject-all', categories: { analytics: false } });
  });

  it('a stored choice of another revision is asked again, with nothing granted meanwhile', () => {
    create(siteConfig()).acceptAll();
    const next = create(siteConfig({ revision: '2026-04' }));
    expect(next.get()).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  });

  it('a corrupt stored value is asked again without throwing', () => {
    localStorage.setItem('consentry', '{"v":1,"choices":{"analytics":true');
    const consentry = create(siteConfig());
    expect(consentry.get()).toMatchObject({ decided: false, categories: { analytics: false } });
  });
});

describe('services and withdrawal', () => {
  const config = () =>
    siteConfig({
      services: [
        { id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'p1', cookies: ['_extra'] },
        { id: 'ads', vendor: 'custom', category: 'marketing', cookies: ['_ads'] },
      ],
    });

  it('prepares vendors at once, starts them on grant, updates them on change, stops them on withdrawal', () => {
    const calls: string[] = [];
    const consentry = create(config(), { vendors: [recordingVendor(calls)] });
    expect(calls).toEqual(['prepare rec']);
    consentry.set({ analytics: true });
    consentry.set({ marketing: true });
    consentry.set({ analytics: false });
    expect(calls).toEqual(['prepare rec', 'start rec', 'update rec', 'stop rec']);
  });

  it('starts a vendor already consented on load', () => {
    create(config(), { vendors: [recordingVendor()] }).acceptAll();
    const calls: string[] = [];
    create(config(), { vendors: [recordingVendor(calls)] });
    expect(calls).toEqual(['prepare rec', 'start rec']);
  });

  it('deletes the cookies and storage keys of withdrawn services, vendor-declared and configured', () => {
    const consentry = create(config(), { vendors: [recordingVendor()] });
    consentry.acceptAll();
    document.cookie = '_rec_p1=1; path=/';
    document.cookie = '_extra=1; path=/';
    document.cookie = '_ads=1; path=/';
    document.cookie = 'session=keep; path=/';
    localStorage.setItem('rec_state', '1');
    consentry.set({ analytics: false });
    expect(document.cookie).not.toMatch(/_rec_p1|_extra/);
    expect(document.cookie).toContain('_ads=1');
    expect(document.cookie).toContain('session=keep');
    expect(localStorage.getItem('rec_state')).toBeNull();
    consentry.rejectAll();
    expect(document.cookie).not.toContain('_ads');
  });

  it('tells on("withdraw") the ids withdrawn, once their cookies are deleted and their vendors stopped', () => {
    const calls: string[] = [];
    const consentry = create(config(), { vendors: [recordingVendor(calls)] });
    const withdrawn: { ids: string[]; cookie: string; calls: string[] }[] = [];
    consentry.on('withdraw', (ids) => withdrawn.push({ ids, cookie: document.cookie, calls: [...calls] }));
    consentry.acceptAll();
    document.cookie = '_rec_p1=1; path=/';
    consentry.set({ analytics: false });
    expect(withdrawn).toEqual([{ ids: ['analytics', 'rec'], cookie: expect.not.stringContaining('_rec_p1'), calls: expect.arrayContaining(['stop rec']) }]);

    consentry.set({ analytics: true });
    consentry.set({ analytics: true, marketing: true });
    expect(withdrawn).toHaveLength(1);
    consentry.reset();
    expect(withdrawn.map((each) => each.ids)).toEqual([['analytics', 'rec'], ['analytics', 'marketing', 'rec', 'ads']]);
  });

  it('one failing vendor does not keep the others from starting or stopping', () => {
    const calls: string[] = [];
    const failing = recordingVendor(calls);
    const broken = {
      ...failing,
      vendor: 'broken',
      schema: { ...failing.schema, properties: { ...failing.schema.properties, vendor: { const: 'broken' } } },
      start: () => {
        throw new Error('boom');
      },
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const consentry = create(
      siteConfig({ services: [{ id: 'b', vendor: 'broken', category: 'analytics', projectId: 'x' }, { id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'y' }] }),
      { vendors: [broken, recordingVendor(calls)] },
    );
    consentry.set({ analytics: true });
    expect(calls).toContain('start rec');
    expect(error).toHaveBeenCalledWith('Consentry:', expect.any(Error));
  });

  it('reloads the page after withdrawing a vendor that cannot be stopped at run time', () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    const consentry = create(siteConfig({ services: [{ id: 'rec', vendor: 'recorder', category: 'analytics', projectId: 'p' }] }), {
      vendors: [{ ...recordingVendor(), stoppable: false }],
    });
    consentry.set({ analytics: true });
    expect(reload).not.toHaveBeenCalled();
    consentry.set({ analytics: false });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('suspended: nothing starts, consent stays; resuming starts what is granted', () => {
    create(config(), { vendors: [recordingVendor()] }).acceptAll();
    const calls: string[] = [];
    const consentry = create(config(), { vendors: [recordingVendor(calls)], suspended: () => true });
    expect(consentry.suspended).toBe(true);
    expect(consentry.get().categories.analytics).toBe(true);
    expect(calls).toEqual(['prepare rec']);
    consentry.suspend(false);
    expect(calls).toEqual(['prepare rec', 'start rec']);
    expect(consentry.trackersRan).toBe(true);
    const suspendedEvents: boolean[] = [];
    consentry.on('suspend', (value) => suspendedEvents.push(value));
    consentry.suspend(true);
    consentry.suspend(true);
    expect(calls).toEqual(['prepare rec', 'start rec', 'stop rec']);
    expect(suspendedEvents).toEqual([true]);
    expect(localStorage.getItem('consentry')).not.toBeNull();
  });

  it('withdrawal while suspended (in a zone) still deletes what the service stored', () => {
    create(config(), { vendors: [recordingVendor()] }).acceptAll();
    const consentry = create(config(), { vendors: [recordingVendor()], suspended: () => true });
    document.cookie = '_rec_p1=1; path=/';
    consentry.set({ analytics: false });
    expect(document.cookie).not.toContain('_rec_p1');
  });

  it('destroy stops what it started and stops listening', () => {
    const calls: string[] = [];
    const consentry = create(config(), { vendors: [recordingVendor(calls)] });
    const listener = vi.fn();
    consentry.on('change', listener);
    consentry.acceptAll();
    consentry.destroy();
    expect(calls.at(-1)).toBe('stop rec');
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry' }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
  it('after destroy, decisions do nothing: no vendor, no gated markup, nothing stored, nothing thrown', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">window.ranGated = 1;</script>';
    const calls: string[] = [];
    const consentry = create(config(), { vendors: [recordingVendor(calls)], suspended: () => true });
    const granted = vi.fn();
    consentry.destroy();
    expect(() => {
      consentry.acceptAll();
      consentry.set({ analytics: true });
      consentry.optOutOfSale();
      consentry.reset();
      consentry.suspend(false);
      consentry.onGranted('necessary', granted);
    }).not.toThrow();
    await Promise.resolve();
    expect(calls).toEqual(['prepare rec']);
    expect(granted).not.toHaveBeenCalled();
    expect(localStorage.getItem('consentry')).toBeNull();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    document.body.innerHTML = '';
  });
});

describe('tabs and history', () => {
  it('takes a choice made in another tab (storage event)', () => {
    const consentry = create(siteConfig());
    const listener = vi.fn();
    consentry.on('change', listener);
    const other = { v: 2, revision: '2026-03', id: 'a'.repeat(32), createdAt: Date.now(), updatedAt: Date.now(), method: 'accept-all', choices: { analytics: true, marketing: true }, gpc: false };
    const receipt = { regime: 'opt-in', path: '/', categories: { necessary: true, analytics: true, marketing: true }, services: { stats: true, ads: true } };
    localStorage.setItem('consentry', JSON.stringify({ ...other, ...receipt }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry' }));
    expect(consentry.get()).toMatchObject({ decided: true, method: 'accept-all', id: 'a'.repeat(32) });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('re-reads the stored choice when another tab clears all of localStorage (a storage event without key)', () => {
    const consentry = create(siteConfig());
    consentry.acceptAll();
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(consentry.get()).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  });

  it('announces a choice over a BroadcastChannel only when it lives in a cookie too: localStorage has its storage event', () => {
    const announce = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    create(siteConfig()).acceptAll();
    expect(announce).not.toHaveBeenCalled();
    for (const type of ['cookie', 'both'] as const) create(siteConfig({ storage: { type, name: `consentry-${type}` } })).acceptAll();
    expect(announce).toHaveBeenCalledTimes(2);
    announce.mockRestore();
  });

  it('takes a choice announced by another tab over the channel when it lives in a cookie', async () => {
    const consentry = create(siteConfig({ storage: { type: 'cookie' } }));
    const other = create(siteConfig({ storage: { type: 'cookie' } }));
    other.acceptAll();
    await vi.waitFor(() => expect(consentry.get().decided).toBe(true));
  });

  it('re-reads the stored choice when the page comes back from the back/forward cache', () => {
    const consentry = create(siteConfig());
    consentry.rejectAll();
    // Another tab reset the choice while this page was frozen in the cache and heard nothing.
    localStorage.removeItem('consentry');
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(consentry.get().decided).toBe(false);
  });
});
