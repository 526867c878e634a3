import type { ConsentryConfig, VendorDefinition } from '../types';

/** A realistic config: two optional categories, one of them sharing, and a custom service in each. */
export function siteConfig(overrides: Partial<ConsentryConfig> = {}): ConsentryConfig {
  return {
    revision: '2026-03',
    categories: {
      analytics: { label: 'Analytics', description: 'Audience measurement' },
      marketing: { label: 'Marketing' },
    },
    services: [
      { id: 'stats', vendor: 'custom', category: 'analytics', cookies: ['_stats*'], storageKeys: ['stats:*'] },
      { id: 'ads', vendor: 'custom', category: 'marketing', cookies: ['_ads'] },
    ],
    ...overrides,
  };
}

/** A vendor whose service needs a `projectId`, with calls recorded for assertions. */
export function recordingVendor(calls: string[] = []): VendorDefinition {
  return {
    vendor: 'recorder',
    schema: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        category: { type: 'string' },
        vendor: { type: 'string', const: 'recorder' },
        projectId: { type: 'string', pattern: '^[a-z0-9]+$' },
        cookies: { type: 'array', items: { type: 'string' } },
        storageKeys: { type: 'array', items: { type: 'string' } },
        hosts: { type: 'array', items: { type: 'string' } },
      },
      required: ['id', 'category', 'vendor', 'projectId'],
      additionalProperties: false,
    },
    hosts: () => ['*.recorder.test'],
    cookies: (service) => [`_rec_${service.projectId}`],
    storageKeys: () => ['rec_state'],
    prepare: (service) => void calls.push(`prepare ${service.id}`),
    start: (service) => void calls.push(`start ${service.id}`),
    update: (service) => void calls.push(`update ${service.id}`),
    stop: (service) => void calls.push(`stop ${service.id}`),
    stoppable: true,
  };
}

export const clearBrowserState = () => {
  localStorage.clear();
  sessionStorage.clear();
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
};
