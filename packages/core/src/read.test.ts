import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from './create';
import { readConsent, readConsentFromCookie } from './read';
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

describe('readConsentFromCookie', () => {
  const cookieConfig = (type: 'cookie' | 'both' | 'localStorage' = 'cookie') => ({ ...siteConfig(), storage: { type } }) as ConsentryConfig;
  /**
   * Chooses in the browser, then reads on a "server" (no window) from the Cookie header the browser would
   * send. The test page is served over plain http.
   */
  const onServer = (type: 'cookie' | 'both' | 'localStorage', options?: { gpc?: boolean }) => {
    choose(cookieConfig(type));
    const header = document.cookie;
    vi.stubGlobal('window', undefined);
    return readConsentFromCookie(cookieConfig(type), header, { https: false, ...options });
  };

  it('reads a choice stored in the cookie, where there is no window', () => {
    for (const type of ['cookie', 'both'] as const) {
      expect(onServer(type), type).toMatchObject({ decided: true, method: 'custom', categories: { analytics: true, marketing: false }, services: { stats: true } });
      vi.unstubAllGlobals();
      clearBrowserState();
    }
  });

  it('sees nothing of a choice kept in localStorage only', () => {
    expect(onServer('localStorage')).toMatchObject({ decided: false, categories: { analytics: false } });
  });

  it('grants nothing for no header, a tampered cookie, or another revision', () => {
    vi.stubGlobal('window', undefined);
    expect(readConsentFromCookie(cookieConfig(), undefined).decided).toBe(false);
    expect(readConsentFromCookie(cookieConfig(), 'consentry=%7B%22v%22%3A2%7D; other=1').decided).toBe(false);
    vi.unstubAllGlobals();
    choose(cookieConfig());
    const header = document.cookie;
    expect(readConsentFromCookie({ ...cookieConfig(), revision: 'next' }, header, { https: false }).decided).toBe(false);
  });

  it('honours Global Privacy Control sent by the browser', () => {
    const config = cookieConfig();
    const consentry = createConsentry(config);
    consentry.acceptAll();
    consentry.destroy();
    expect(readConsentFromCookie(config, document.cookie, { gpc: true, https: false }).categories).toMatchObject({ analytics: true, marketing: false });
  });

  it('on https reads only the `__Host-` cookie, which no sibling subdomain can set: a tossed plain one counts for nothing', () => {
    const { happyDOM } = window as unknown as { happyDOM: { setURL(url: string): void } };
    const page = location.href;
    happyDOM.setURL('https://shop.example.com/');
    try {
      choose(cookieConfig());
      const stored = document.cookie;
      expect(stored).toMatch(/^__Host-consentry=/);
      const tossed = stored.replace('__Host-consentry=', 'consentry=');
      vi.stubGlobal('window', undefined);
      expect(readConsentFromCookie(cookieConfig(), stored).decided).toBe(true);
      expect(readConsentFromCookie(cookieConfig(), tossed).decided).toBe(false);
    } finally {
      vi.unstubAllGlobals();
      happyDOM.setURL(page);
    }
  });
});
