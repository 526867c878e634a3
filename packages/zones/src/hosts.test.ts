import { describe, expect, it } from 'vitest';
import type { VendorDefinition } from '@consentry/core';
import { hostMatcher, trackerHosts } from './hosts';

describe('tracker hosts', () => {
  it('a host entry covers the host and its subdomains, however it is written', () => {
    const isTracker = hostMatcher(['*.clarity.ms', 'c.bing.com', 'https://Stats.Example.net/collect', 'ws.tracker.example:443']);
    for (const url of ['https://www.clarity.ms/tag/x', 'https://clarity.ms', 'https://k.clarity.ms./collect', 'https://c.bing.com/c.gif', 'wss://stats.example.net/ws', 'https://eu.ws.tracker.example']) {
      expect(isTracker(url), url).toBe(true);
    }
    for (const url of ['https://bing.com', 'https://notclarity.ms', 'https://clarity.ms.example.com', '/collect', 'not a url']) {
      expect(isTracker(url, 'https://www.example.com/'), url).toBe(false);
    }
  });

  it('a zone refuses every known vendor, configured or not, and the hosts of the configured services', () => {
    const vendor = (name: string, hosts: (service: { src?: string }) => string[]) => ({ vendor: name, hosts, cookies: () => [], storageKeys: () => [] }) as unknown as VendorDefinition;
    const vendors = [
      vendor('ga4', () => ['*.googletagmanager.com']),
      vendor('script', (service) => (service.src ? [new URL(service.src).hostname] : [])),
    ];
    const config = {
      services: [{ id: 'stats', vendor: 'script', category: 'analytics', src: 'https://stats.example.net/s.js' }],
      zeroTelemetry: { routes: ['/app/**'], hosts: ['pixel.example.org'] },
    };
    const isTracker = hostMatcher(trackerHosts(config, vendors));
    for (const url of ['https://www.googletagmanager.com/gtag/js', 'https://stats.example.net/s.js', 'https://pixel.example.org/p.gif']) {
      expect(isTracker(url), url).toBe(true);
    }
    expect(isTracker('https://api.example.com/data')).toBe(false);
  });
});

