import { createConsentry, type ConsentryConfig } from '@consentry/core';

/** A consent controller over a fresh storage, for component tests. */
export function controller(config: Partial<ConsentryConfig> = {}) {
  localStorage.clear();
  return createConsentry({
    revision: '1',
    categories: {
      analytics: { label: 'Analytics', description: 'Visits, counted.' },
      marketing: { label: 'Marketing' },
    },
    services: [{ id: 'stats', vendor: 'custom', category: 'analytics' }],
    privacyPolicyUrl: '/privacy',
    ...config,
  });
}
