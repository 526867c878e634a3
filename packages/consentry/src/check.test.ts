import { describe, expect, it } from 'vitest';
import { schemaWithVendors } from '@consentry/core';
import { vendors } from '@consentry/integrations';
import { checkConfig } from './check';

describe('checkConfig', () => {
  it('passes a valid config', () => {
    expect(checkConfig({ revision: '1', categories: { analytics: { label: 'Analytics' } } })).toEqual([]);
  });

  it('names a zone route that is not a pattern', () => {
    expect(checkConfig({ revision: '1', zeroTelemetry: { routes: ['/app/**', '/users/:id'] } })).toEqual([
      { path: 'zeroTelemetry.routes[1]', message: expect.stringMatching(/^"\/users\/:id" is not a route pattern/) },
    ]);
  });

  it('names a zone route written as a regular expression', () => {
    expect(checkConfig({ revision: '1', zeroTelemetry: { routes: ['/admin/.*', '/v\\d+'] } })).toEqual([
      { path: 'zeroTelemetry.routes[0]', message: expect.stringMatching(/^"\/admin\/\.\*" is not a route pattern/) },
      { path: 'zeroTelemetry.routes[1]', message: expect.stringMatching(/^"\/v\\d\+" is not a route pattern/) },
    ]);
  });

  it('reports a wrong zone route together with the other bad fields, as the browser does', () => {
    const config = { revision: '', zeroTelemetry: { routes: ['/users/:id'] } };
    expect(checkConfig(config)).toEqual([
      { path: 'revision', message: 'must not be empty' },
      { path: 'zeroTelemetry.routes[0]', message: expect.stringMatching(/^"\/users\/:id" is not a route pattern/) },
    ]);
  });

  it('names each bad field', () => {
    expect(checkConfig({ revision: '1', services: [{ id: 's', vendor: 'custom', category: 'stats' }] })).toEqual([
      { path: 'services[0].category', message: 'unknown category "stats"' },
    ]);
  });
});

describe('consentry.schema.json', () => {
  it('is the core schema with every vendor integration (run `vitest -u` after a schema change)', async () => {
    await expect(`${JSON.stringify(schemaWithVendors(vendors), null, 2)}\n`).toMatchFileSnapshot('./consentry.schema.json');
  });
});
