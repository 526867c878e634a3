import type { ServiceContext, VendorDefinition } from '@consentry/core';
import type { PlausibleService } from './schema';
import { loadOnce } from '../shared/load-once';
import { serviceSchema } from '../shared/service-schema';

export type { PlausibleService };

const apiHost = (service: PlausibleService) => (service.apiHost ?? 'https://plausible.io').replace(/\/$/, '');

/**
 * Plausible's own switch (plausible.io/docs/excluding-localstorage): its script checks
 * `localStorage.plausible_ignore === "true"` before every event, pageviews of client-side navigations
 * included, and sends nothing while it is set.
 */
function ignore(context: ServiceContext, ignored: boolean): void {
  const storage = context.window.localStorage;
  if (ignored) storage.setItem('plausible_ignore', 'true');
  else storage.removeItem('plausible_ignore');
}

/** Plausible Analytics, loaded on consent; it sets no cookie and stores nothing of the visitor's. */
export const plausible: VendorDefinition<PlausibleService> = {
  vendor: 'plausible',
  // Pure: the script-tag bundle, which does not list this vendor, drops it whole.
  schema: /* @__PURE__ */ serviceSchema(
    'plausible',
    { domain: { type: 'string', pattern: '^[A-Za-z0-9.-]+$' }, apiHost: { type: 'string', pattern: '^https:\\/\\/[A-Za-z0-9.-]+\\/?$' } },
    ['domain'],
  ),
  hosts: (service) => [new URL(apiHost(service)).hostname],
  cookies: () => [],
  // `plausible_ignore` is the withdrawal itself: deleting it would let the script still in the page send.
  storageKeys: () => [],
  start(service, context) {
    ignore(context, false);
    // The script sends to `/api/event` on its own origin and reads the site from `data-domain`.
    return loadOnce(context, `${apiHost(service)}/js/script.js`, { 'data-domain': service.domain });
  },
  stop: (_service, context) => ignore(context, true),
  stoppable: true,
};
