import { afterEach, describe, expect, it } from 'vitest';
import { ConsentryConfigError } from '@consentry/core';
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
