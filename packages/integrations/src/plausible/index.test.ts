import { afterEach, describe, expect, it } from 'vitest';
import { plausible, type PlausibleService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: PlausibleService = { id: 'plausible', vendor: 'plausible', category: 'analytics', domain: 'example.com' };

describe('plausible', () => {
  afterEach(() => localStorage.clear());

  it('on grant, loads script.js with the site’s data-domain, once', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await plausible.start(service, context);
    await plausible.start(service, context);
    expect(context.loadScript).toHaveBeenCalledOnce();
    expect(context.loadScript).toHaveBeenCalledWith('https://plausible.io/js/script.js', { 'data-domain': 'example.com' });
    expect(page.document.scripts).toHaveLength(1);
  });

  it('a self-hosted Plausible serves the script and is the only declared host', async () => {
    const selfHosted = { ...service, apiHost: 'https://stats.example.com/' };
    const { context } = contextWith(stateWith({ analytics: true }));
    await plausible.start(selfHosted, context);
    expect(context.loadScript).toHaveBeenCalledWith('https://stats.example.com/js/script.js', { 'data-domain': 'example.com' });
    expect(plausible.hosts(selfHosted)).toEqual(['stats.example.com']);
    expect(plausible.hosts(service)).toEqual(['plausible.io']);
  });

  it('on withdrawal (and in zones) sets plausible_ignore, which the script checks before each event; granted again, it is lifted', async () => {
    const { context } = contextWith(stateWith({ analytics: true }));
    await plausible.start(service, context);
    plausible.stop(service, context);
    expect(localStorage.getItem('plausible_ignore')).toBe('true');
    await plausible.start(service, context);
    expect(localStorage.getItem('plausible_ignore')).toBeNull();
  });

  it('declares no cookie and no key: plausible_ignore must outlive the withdrawal', () => {
    expect(plausible.cookies(service)).toEqual([]);
    expect(plausible.storageKeys(service)).toEqual([]);
    expect(plausible.stoppable).toBe(true);
  });
});
