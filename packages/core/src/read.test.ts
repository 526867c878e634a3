import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from './create';
import { readConsent } from './read';
import { clearBrowserState, siteConfig } from './test/fixtures';
import type { ConsentryConfig } from './types';

afterEach(() => {
  vi.unstubAllGlobals();
  clearBrowserState();
});

const choose = (config: ConsentryConfig) => {
  const consentry = createConsentry(config);
  consentry.set({ analytics: true });
  consentry.destroy();
};

describe('readConsent', () => {
  it('reads the stored choice without a controller', () => {
    choose(siteConfig());
    expect(readConsent(siteConfig())).toMatchObject({ decided: true, method: 'custom', categories: { analytics: true, marketing: false }, services: { stats: true } });
  });

  it('grants nothing for a choice made for another revision', () => {
    choose(siteConfig());
    expect(readConsent(siteConfig({ revision: '2026-04' }))).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  });

  it('gives the no-consent state, without throwing, for a config it cannot read', () => {
    choose(siteConfig());
    expect(readConsent(null as never)).toMatchObject({ decided: false, categories: { necessary: true }, services: {} });
    expect(readConsent({ ...siteConfig(), categories: 'all' } as never).decided).toBe(false);
  });

  it('gives the no-consent state where there is no window (server rendering)', () => {
    vi.stubGlobal('window', undefined);
    expect(readConsent(siteConfig())).toMatchObject({ decided: false, categories: { necessary: true }, gpc: false });
  });
});
