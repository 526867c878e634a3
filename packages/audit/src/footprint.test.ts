import { describe, expect, it } from 'vitest';
import { declaredNames, hostMatcher, trackerHosts } from './footprint';
import { siteConfig } from './site-config';

const site = siteConfig(
  {
    revision: '1',
    categories: { analytics: { label: 'Analytics' } },
    services: [
      { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc' },
      { id: 'chat', vendor: 'custom', category: 'necessary', cookies: ['chat_*'] },
    ],
    zeroTelemetry: { routes: ['/app/**'], hosts: ['px.ads.example'] },
  },
  'test',
);

describe('trackerHosts', () => {
  it("holds every integration's hosts, configured or not, the config's zone hosts and the user's", () => {
    const isTracker = hostMatcher(trackerHosts(site, ['collect.mine.example']));
    for (const url of ['https://www.googletagmanager.com/gtag/js', 'https://k.clarity.ms/collect', 'https://px.ads.example/p', 'https://collect.mine.example/']) {
      expect(isTracker(url), url).toBe(true);
    }
    expect(isTracker('https://cdn.example.com/app.js')).toBe(false);
  });
});

describe('declaredNames', () => {
  const declared = declaredNames(site);

  it("allows before a choice only Consentry's own key and the necessary services' names", () => {
    expect(declared.necessary('consentry')).toBe(true);
    expect(declared.necessary('chat_session')).toBe(true);
    expect(declared.necessary('_clck')).toBe(false);
  });

  it('knows the names of optional services, and of none other', () => {
    expect(declared.optional('_clck')).toBe(true);
    expect(declared.any('_clck')).toBe(true);
    expect(declared.any('ab_variant')).toBe(false);
  });
});

describe('siteConfig', () => {
  it('refuses a config the browser would refuse, naming the field', () => {
    expect(() => siteConfig({ revision: '1', services: [{ id: 'c', vendor: 'clarity', category: 'analytics' }] }, 'https://example.com')).toThrow(
      /services\[0\]\.projectId/,
    );
  });
});
