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

  it('adds the origins of zeroTelemetry.allow, but never a wildcard, a bare scheme or a tracker host', () => {
    const allowing = (allow: unknown[]) => ({ ...config, zeroTelemetry: { ...config.zeroTelemetry!, allow } }) as ConsentryConfig;
    expect(zoneCspHeader(allowing(['https://api.example.com', 'cdn.example.com:8443']), '/dashboard')).toBe(
      "default-src 'self' https://api.example.com cdn.example.com:8443 'unsafe-inline' 'unsafe-eval' data: blob:",
    );
    for (const source of ['*', 'https:', 'https://*.example.com', 'https://stats.example.net', 'cdn.tracker.example']) {
      expect(() => zoneCspHeader(allowing([source]), '/dashboard'), source).toThrow(/zeroTelemetry\.allow\[0\]/);
    }
    const withClarity = { ...allowing(['https://www.clarity.ms']), services: [{ id: 'clarity', vendor: 'clarity', category: 'analytics' }] };
    expect(() => zoneCspHeader(withClarity, '/dashboard', { vendors: [clarity] })).toThrow(/"https:\/\/www\.clarity\.ms" is a tracker host/);
  });

  it('refuses an allow entry that is more than one source, so no directive or policy can be slipped in', () => {
    const allowing = (allow: unknown[]) => ({ ...config, zeroTelemetry: { ...config.zeroTelemetry!, allow } }) as ConsentryConfig;
    for (const source of ['https://a.example; connect-src https://k.clarity.ms', 'https://a.example, connect-src *', 'https://a.example https://k.clarity.ms', 'https://a.example\n', '', 42]) {
      expect(() => zoneCspHeader(allowing([source]), '/dashboard'), String(source)).toThrow(/zeroTelemetry\.allow\[0\]/);
    }
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
