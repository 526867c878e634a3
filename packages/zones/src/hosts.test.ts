import { describe, expect, it } from 'vitest';
import { hostMatcher, type VendorDefinition } from '@consentry/core';
import { trackerHosts } from './hosts';

describe('tracker hosts', () => {
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

