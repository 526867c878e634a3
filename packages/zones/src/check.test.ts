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

  it('throws a config error naming the field for a wrong zone shape, and checks nothing else', () => {
    for (const [config, path] of [
      [{ zeroTelemetry: { routes: '/dashboard/**' } }, 'zeroTelemetry.routes'],
      [{ zeroTelemetry: {} }, 'zeroTelemetry.routes'],
      [{ zeroTelemetry: { routes: ['/dashboard/**', 42, 'admin'] } }, 'zeroTelemetry.routes[1], zeroTelemetry.routes[2]'],
      [null, ''],
    ] as const) {
      const error = (() => {
        try {
          checkZoneConfig(config);
        } catch (error) {
          return error as ConsentryConfigError;
        }
      })();
      expect(error, JSON.stringify(config)).toBeInstanceOf(ConsentryConfigError);
      expect(error!.issues.map((issue) => issue.path).join(', ')).toBe(path);
    }
    // A service of a vendor not passed here, or a missing revision, is the browser's validation to report.
    expect(() => checkZoneConfig({ services: [{ id: 'clarity', vendor: 'clarity' }], zeroTelemetry: { routes: ['/app/**'] } })).not.toThrow();
  });
});
