import { describe, expect, it } from 'vitest';
import { metaPixel, type MetaPixelService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: MetaPixelService = { id: 'meta', vendor: 'meta-pixel', category: 'marketing', pixelId: '1234567890' };
const queue = (page: Record<string, any>) => page.fbq.queue.map((args: IArguments) => Array.from(args));

describe('meta-pixel', () => {
  it('on grant, revokes consent before init, grants it, then tracks the PageView, and loads fbevents.js', async () => {
    const { context, loaded, page } = contextWith(stateWith({ marketing: true }));
    await metaPixel.start(service, context);
    expect(loaded).toEqual(['https://connect.facebook.net/en_US/fbevents.js']);
    expect(queue(page)).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['consent', 'grant'],
      ['track', 'PageView'],
    ]);
    expect(page._fbq).toBe(page.fbq);
  });

  it('on withdrawal revokes; granted again in the same page, grants without a second init or load', async () => {
    const { context, loaded, page } = contextWith(stateWith({ marketing: true }));
    await metaPixel.start(service, context);
    metaPixel.stop(service, context);
    await metaPixel.start(service, context);
    expect(queue(page).slice(4)).toEqual([['consent', 'revoke'], ['consent', 'grant']]);
    expect(loaded).toHaveLength(1);
  });

  it('once fbevents.js is in, calls go to it rather than the queue', async () => {
    const { context, page } = contextWith(stateWith({ marketing: true }));
    await metaPixel.start(service, context);
    const calls: unknown[][] = [];
    page.fbq.callMethod = (...args: unknown[]) => calls.push(args);
    metaPixel.stop(service, context);
    expect(calls).toEqual([['consent', 'revoke']]);
  });

  it('declares _fbp and _fbc and Meta’s hosts', () => {
    expect(metaPixel.cookies(service)).toEqual(['_fbp', '_fbc']);
    expect(metaPixel.hosts(service)).toEqual(['*.facebook.net', '*.facebook.com']);
    expect(metaPixel.stoppable).toBe(true);
  });
});
