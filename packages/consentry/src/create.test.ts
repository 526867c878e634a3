import { afterEach, describe, expect, it } from 'vitest';
import { ConsentryConfigError, type VendorDefinition } from '@consentry/core';
import { createHeadless } from './create';

const invalid = (config: unknown) => {
  try {
    createHeadless(config as never);
  } catch (error) {
    return error;
  }
  throw new Error('the config was accepted');
};

describe('createHeadless config errors', () => {
  it('reports a wrong zeroTelemetry shape by field, never as a TypeError', () => {
    for (const [zeroTelemetry, path] of [
      [{ routes: '/dashboard/**' }, 'zeroTelemetry.routes'],
      [{}, 'zeroTelemetry.routes'],
      [{ routes: ['/dashboard/**', 42] }, 'zeroTelemetry.routes[1]'],
      ['/dashboard/**', 'zeroTelemetry'],
    ] as const) {
      const error = invalid({ revision: '1', zeroTelemetry });
      expect(error, JSON.stringify(zeroTelemetry)).toBeInstanceOf(ConsentryConfigError);
      expect((error as ConsentryConfigError).issues.map((issue) => issue.path)).toEqual([path]);
    }
  });

  it('reports every bad field together, a wrong route pattern among them', () => {
    const error = invalid({ revision: '1', regime: 'sometimes', zeroTelemetry: { routes: ['/users/:id'] } });
    expect((error as ConsentryConfigError).issues.map((issue) => issue.path)).toEqual(['regime', 'zeroTelemetry.routes[0]']);
  });
});

describe('createHeadless trackersRan', () => {
  afterEach(() => localStorage.clear());

  it('counts site code started through onGranted, which nothing can stop', () => {
    const consentry = createHeadless({
      revision: '1',
      categories: { analytics: { label: 'Analytics' } },
      services: [{ id: 'stats', vendor: 'custom', category: 'analytics' }],
      zeroTelemetry: { routes: ['/dashboard/**'] },
    });
    let started = false;
    consentry.onGranted('stats', () => (started = true));
    expect(consentry.trackersRan).toBe(false);
    consentry.acceptAll();
    expect(started).toBe(true);
    expect(consentry.trackersRan).toBe(true);
    consentry.destroy();
  });
});

describe('createHeadless with npm-only vendors', () => {
  afterEach(() => localStorage.clear());

  const config = {
    revision: '1',
    categories: { analytics: { label: 'Analytics' } },
    services: [{ id: 'stats', vendor: 'stats', category: 'analytics' }],
  };
  const started: string[] = [];
  const stats: VendorDefinition = {
    vendor: 'stats',
    schema: { type: 'object', properties: { id: { type: 'string' }, category: { type: 'string' }, vendor: { const: 'stats' } } },
    hosts: () => ['stats.example'],
    cookies: () => [],
    storageKeys: () => [],
    start: (service) => void started.push(service.id),
    stop: () => undefined,
    stoppable: true,
  };

  it('accepts services of the vendors it is given, beside the bundled ones, and starts them on grant', () => {
    expect(invalid(config)).toBeInstanceOf(ConsentryConfigError);
    const consentry = createHeadless(config, { vendors: [stats] });
    consentry.acceptAll();
    expect(started).toEqual(['stats']);
    consentry.destroy();
  });
});
