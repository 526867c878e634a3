import { describe, expect, it } from 'vitest';
import { ConsentryConfigError } from '@consentry/core';
import { checkZoneConfig, zoneConfigIssues } from './check';

describe('zone config check', () => {
  it('names each wrong pattern by its place in the config', () => {
    const config = { revision: '1', zeroTelemetry: { routes: ['/dashboard/**', '/app/*', 'admin/**', '/users/:id'] } };
    expect(zoneConfigIssues(config)).toEqual([
      { path: 'zeroTelemetry.routes[2]', message: expect.stringContaining('"admin/**" is not a route pattern') },
      { path: 'zeroTelemetry.routes[3]', message: expect.stringContaining('"/users/:id" is not a route pattern') },
    ]);
    expect(() => checkZoneConfig(config)).toThrow(ConsentryConfigError);
    expect(() => checkZoneConfig(config)).toThrow(/zeroTelemetry\.routes\[2\]: "admin\/\*\*" is not a route pattern/);
  });

  it('leaves shape errors to the core validation and passes configs without zones', () => {
    expect(zoneConfigIssues({ revision: '1' })).toEqual([]);
    expect(zoneConfigIssues(null)).toEqual([]);
    expect(zoneConfigIssues({ zeroTelemetry: { routes: 'dashboard' } })).toEqual([]);
    expect(zoneConfigIssues({ zeroTelemetry: { routes: [42] } })).toEqual([]);
    expect(() => checkZoneConfig({ revision: '1', zeroTelemetry: { routes: ['/dashboard/**'] } })).not.toThrow();
  });
});
