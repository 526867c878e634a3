import { describe, expect, it } from 'vitest';
import { configIssues } from '@consentry/core';
import { metaPixel, plausible, posthog, segment, vendors } from './index';

const categories = { analytics: { label: 'Analytics' } };
const issues = (service: Record<string, unknown>) => configIssues({ revision: '1', categories, services: [{ id: 's', category: 'analytics', ...service }] }, [...vendors, posthog, segment, plausible, metaPixel]);

describe('vendor config, as the browser checks it', () => {
  it('accepts the README examples', () => {
    expect(issues({ vendor: 'clarity', projectId: 'abc123xyz', masking: 'strict' })).toEqual([]);
    expect(issues({ vendor: 'ga4', measurementId: 'G-ABC123', consentMode: 'basic' })).toEqual([]);
    expect(issues({ vendor: 'mixpanel', token: 'abc123', apiHost: 'https://api-eu.mixpanel.com' })).toEqual([]);
    expect(issues({ vendor: 'hotjar', siteId: '1234567' })).toEqual([]);
    expect(issues({ vendor: 'hotjar', siteId: 1234567 })).toEqual([]);
    expect(issues({ vendor: 'script', src: 'https://chat.example.com/widget.js', cookies: ['chat_*'] })).toEqual([]);
    expect(issues({ vendor: 'posthog', token: 'phc_abc123', apiHost: 'https://eu.i.posthog.com' })).toEqual([]);
    expect(issues({ vendor: 'segment', writeKey: 'abc123XYZ' })).toEqual([]);
    expect(issues({ vendor: 'plausible', domain: 'example.com', apiHost: 'https://stats.example.com' })).toEqual([]);
    expect(issues({ vendor: 'meta-pixel', pixelId: '1234567890' })).toEqual([]);
  });

  it('names each bad vendor field', () => {
    expect(issues({ vendor: 'clarity' })).toEqual([{ path: 'services[0].projectId', message: 'required' }]);
    expect(issues({ vendor: 'clarity', projectId: 'abc', masking: 'off' })).toEqual([
      { path: 'services[0].masking', message: 'expected one of "strict", "balanced", "relaxed"' },
    ]);
    expect(issues({ vendor: 'ga4', measurementId: 'UA-1234-1' })[0]!.path).toBe('services[0].measurementId');
    expect(issues({ vendor: 'mixpanel', token: 'abc', apiHost: 'http://api-eu.mixpanel.com' })[0]!.path).toBe('services[0].apiHost');
    expect(issues({ vendor: 'hotjar', siteId: 0 })).toEqual([{ path: 'services[0].siteId', message: 'must be greater than 0' }]);
    expect(issues({ vendor: 'hotjar', siteId: 12.5 })).toEqual([{ path: 'services[0].siteId', message: 'expected integer, received number' }]);
    expect(issues({ vendor: 'hotjar', siteId: 'hj-1' })[0]!.path).toBe('services[0].siteId');
    expect(issues({ vendor: 'hotjar', siteId: true })).toEqual([{ path: 'services[0].siteId', message: 'expected string or integer, received boolean' }]);
    expect(issues({ vendor: 'posthog', token: 'phc_abc', apiHost: 'https://eu.i.posthog.com/ingest' })[0]!.path).toBe('services[0].apiHost');
    expect(issues({ vendor: 'segment' })).toEqual([{ path: 'services[0].writeKey', message: 'required' }]);
    expect(issues({ vendor: 'plausible', domain: 'https://example.com' })[0]!.path).toBe('services[0].domain');
    expect(issues({ vendor: 'meta-pixel', pixelId: 'fb-123' })[0]!.path).toBe('services[0].pixelId');
    for (const src of ['//cdn.example.com/x.js', '/\\cdn.example.com/x.js', 'http://cdn.example.com/x.js']) {
      expect(issues({ vendor: 'script', src })[0]?.path, src).toBe('services[0].src');
    }
    expect(issues({ vendor: 'clarity', projectId: 'abc', trackingId: 'x' })).toEqual([{ path: 'services[0].trackingId', message: 'unknown field' }]);
  });
});
