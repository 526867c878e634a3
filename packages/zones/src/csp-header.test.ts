import { describe, expect, it } from 'vitest';
import { ConsentryConfigError, type ConsentryConfig, type VendorDefinition } from '@consentry/core';
import { zoneCspHeader } from './csp-header';

const config: ConsentryConfig = {
  revision: '1',
  services: [{ id: 'stats', vendor: 'custom', category: 'analytics', hosts: ['stats.example.net'] }],
  zeroTelemetry: { routes: ['/dashboard/**'], hosts: ['*.tracker.example'] },
};
const clarity = { vendor: 'clarity', hosts: () => ['*.clarity.ms'], cookies: () => [], storageKeys: () => [] } as unknown as VendorDefinition;

describe('zoneCspHeader', () => {
  it('gives zone pages a policy that allows only the site itself on the network', () => {
    const policy = zoneCspHeader(config, '/dashboard/');
    expect(policy).toBe("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:");
  });

  it('gives no header outside zones', () => {
    expect(zoneCspHeader(config, '/')).toBeNull();
    expect(zoneCspHeader(config, '/pricing?from=/dashboard/')).toBeNull();
    expect(zoneCspHeader({ revision: '1' }, '/dashboard/')).toBeNull();
  });

  it('reads request targets the way the browser resolves them', () => {
    for (const path of ['/dashboard?tab=usage', '/pricing/../dashboard/x', '/dash%62oard', '//dashboard//x', '\\dashboard', 'http://www.example.com/dashboard']) {
      expect(zoneCspHeader(config, path), path).not.toBeNull();
    }
  });

  it('adds the origins the zone needs, but never a wildcard, a bare scheme or a tracker host', () => {
    expect(zoneCspHeader(config, '/dashboard', { allow: ['https://api.example.com'] })).toBe(
      "default-src 'self' https://api.example.com 'unsafe-inline' 'unsafe-eval' data: blob:",
    );
    for (const source of ['*', 'https:', 'https://*.example.com', 'https://stats.example.net', 'cdn.tracker.example']) {
      expect(() => zoneCspHeader(config, '/dashboard', { allow: [source] }), source).toThrow(/cannot allow/);
    }
    const withClarity = { ...config, services: [{ id: 'clarity', vendor: 'clarity', category: 'analytics' }] };
    expect(() => zoneCspHeader(withClarity, '/dashboard', { allow: ['https://www.clarity.ms'], vendors: [clarity] })).toThrow(/cannot allow/);
  });

  it('refuses an allow entry that is more than one source, so no directive or policy can be slipped in', () => {
    for (const source of ['https://a.example; connect-src https://k.clarity.ms', 'https://a.example, connect-src *', 'https://a.example https://k.clarity.ms', 'https://a.example\n', '']) {
      expect(() => zoneCspHeader(config, '/dashboard', { allow: [source] }), source).toThrow(/allow entries must each be one source/);
    }
    expect(() => zoneCspHeader(config, '/dashboard', { allow: [42 as unknown as string] })).toThrow(/allow entries must each be one source/);
  });

  it('refuses a wrong pattern or zone shape rather than serving an unprotected zone', () => {
    expect(() => zoneCspHeader({ revision: '1', zeroTelemetry: { routes: ['dashboard'] } }, '/dashboard')).toThrow(/routes\[0\]/);
    for (const zeroTelemetry of [{ routes: '/dashboard/**' }, {}, { routes: [42] }]) {
      const config = { revision: '1', zeroTelemetry } as unknown as ConsentryConfig;
      expect(() => zoneCspHeader(config, '/dashboard'), JSON.stringify(zeroTelemetry)).toThrow(ConsentryConfigError);
      expect(() => zoneCspHeader(config, '/dashboard'), JSON.stringify(zeroTelemetry)).toThrow(/zeroTelemetry\.routes/);
    }
  });
});
