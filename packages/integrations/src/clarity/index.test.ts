import { afterEach, describe, expect, it, vi } from 'vitest';
import { clarity, type ClarityService } from './index';
import { contextWith, freshWindow, stateWith, windowAt } from '../test/context';

const service: ClarityService = { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123' };
const queue = (page: Window) => ((page as unknown as { clarity: { q: IArguments[] } }).clarity.q ?? []).map((args) => Array.from(args));
const tick = () => new Promise((resolve) => setTimeout(resolve));

/**
 * What clarity.js does once it runs (clarity-js 0.8.70 src/queue.ts): replays the queue, then takes calls
 * itself, marked with its version `v`; `stop` makes `window.clarity` a queue again, which a `start` call
 * processes first. Returns the calls it ran.
 */
function runClarity(page: Window): unknown[][] {
  const global = page as unknown as { clarity: ((...args: unknown[]) => void) & { q?: IArguments[]; v?: string } };
  const ran: unknown[][] = [];
  const setup = () => {
    global.clarity = function () {
      // eslint-disable-next-line prefer-rest-params
      (global.clarity.q ||= []).push(arguments);
      if (arguments[0] === 'start') global.clarity.q.unshift(global.clarity.q.pop()!) && process();
    };
  };
  const process = () => {
    const queue = global.clarity?.q ?? [];
    global.clarity = Object.assign((...args: unknown[]) => {
      ran.push(args);
      if (args[0] === 'stop') setup();
    }, { v: '0.8.70' });
    while (queue.length) global.clarity(...Array.from(queue.shift()!));
  };
  process();
  return ran;
}

describe('clarity', () => {
  afterEach(() => vi.useRealTimers());

  it('is not loaded before consent: no prepare step', () => {
    expect(clarity.prepare).toBeUndefined();
  });

  it('on grant, queues the consent for the loading tag to replay; ads follow marketing', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true, marketing: false }));
    await clarity.start(service, context);
    expect(queue(page)).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
    expect(loaded).toEqual(['https://www.clarity.ms/tag/abc123']);

    clarity.update!(service, contextWith(stateWith({ analytics: true, marketing: true }), page).context);
    expect(queue(page).at(-1)).toEqual(['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]);
  });

  it('on revoke, only stops: a denial would be queued by the stopped Clarity and replayed on the next grant', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await clarity.start(service, context);
    const ran = runClarity(page);
    expect(clarity.stop(service, context)).toBe(true);
    expect(ran.at(-1)).toEqual(['stop']);
    expect(queue(page)).toEqual([]);
  });

  it('revoked before clarity.js has run, reports that the stop cannot hold: it would start, then stop', async () => {
    const { context } = contextWith(stateWith({ analytics: true }));
    await clarity.start(service, context);
    expect(clarity.stop(service, context)).toBe(false);
  });

  it('suspended by a zone, stops without a denial, which would clear its cookies; leaving restarts it', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await clarity.start(service, context);
    const ran = runClarity(page);
    clarity.suspend!(service, context);
    expect(ran.at(-1)).toEqual(['stop']);
    await clarity.start(service, context);
    expect(ran.slice(-2)).toEqual([['start', {}], ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });

  it('granted again after a withdrawal, restarts the loaded tag instead of adding a second one, dropping what the stopped one queued', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await clarity.start(service, context);
    const ran = runClarity(page);
    clarity.stop(service, context);
    clarity.stop(service, context); // Queued by the stopped Clarity, as for a restart that never came.
    ran.length = 0;
    await clarity.start(service, context);
    expect(loaded).toHaveLength(1);
    expect(ran).toEqual([['start', {}], ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });

  it('withdrawn while the restart Clarity sets up on a URL change may come, reports that the stop cannot hold', async () => {
    vi.useFakeTimers();
    const page = windowAt('https://site.example/');
    const { context } = contextWith(stateWith({ analytics: true }), page);
    await clarity.start(service, context);
    runClarity(page);
    expect(clarity.stop(service, context)).toBe(true);
    page.history.pushState({}, '', '/next');
    vi.advanceTimersByTime(250);
    expect(clarity.stop(service, context)).toBe(false);
    vi.advanceTimersByTime(250);
    expect(clarity.stop(service, context)).toBe(true);
  });

  it('a zone may pause it in place unless a restart set up by an earlier navigation may come, whichever wraps history first', async () => {
    vi.useFakeTimers();
    for (const consent of ['given after the zone watcher wrapped history', 'stored: Clarity starts before the zone watcher'] as const) {
      const page = windowAt('https://site.example/');
      const { context } = contextWith(stateWith({ analytics: true }), page);
      /** What the zone watcher would be told, in its pushState wrapper before the URL changes. */
      const holds: boolean[] = [];
      const wrapLikeZones = () => {
        const original = page.history.pushState;
        page.history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
          holds.push(clarity.suspendHolds!(service, page));
          original.apply(this, args);
        };
      };
      if (consent === 'given after the zone watcher wrapped history') wrapLikeZones();
      await clarity.start(service, context);
      if (consent === 'stored: Clarity starts before the zone watcher') wrapLikeZones();

      page.history.pushState({}, '', '/dashboard/'); // Nothing before it: the entry's own restart does not count.
      vi.advanceTimersByTime(1000);
      page.history.pushState({}, '', '/pricing');
      vi.advanceTimersByTime(200);
      page.history.pushState({}, '', '/dashboard/'); // 200 ms after a navigation: Clarity's restart is still to come.
      vi.advanceTimersByTime(1000);
      expect(holds, consent).toEqual([true, true, false]);
      expect(clarity.suspendHolds!(service, page), consent).toBe(true);
    }
  });

  it('strict masking by default: root masked, unmask attributes removed, also when added later', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }), freshWindow('<input data-clarity-unmask="true">'));
    await clarity.start(service, context);
    const root = page.document.documentElement;
    expect(root.getAttribute('data-clarity-mask')).toBe('true');
    expect(root.querySelector('[data-clarity-unmask]')).toBeNull();
    page.document.body.insertAdjacentHTML('beforeend', '<p data-clarity-unmask="true">card</p>');
    await tick();
    expect(root.querySelector('[data-clarity-unmask]')).toBeNull();
  });

  it('relaxed masking leaves the page to the project setting', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }), freshWindow('<input data-clarity-unmask="true">'));
    await clarity.start({ ...service, masking: 'relaxed' }, context);
    expect(page.document.documentElement.hasAttribute('data-clarity-mask')).toBe(false);
    expect(page.document.querySelector('[data-clarity-unmask]')).not.toBeNull();
  });

  it('declares what it stores and where it talks to', () => {
    expect(clarity.cookies(service)).toEqual(['_clck', '_clsk']);
    expect(clarity.hosts(service)).toEqual(['*.clarity.ms', 'c.bing.com']);
  });
});
