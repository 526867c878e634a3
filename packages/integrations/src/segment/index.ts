import type { BrowserWindow, VendorDefinition } from '@consentry/core';
import type { SegmentService } from './schema';
import { loadOnce } from '../shared/load-once';
import { serviceSchema } from '../shared/service-schema';

export type { SegmentService };

type SegmentWindow = BrowserWindow & { analytics?: unknown };

/**
 * Segment (analytics.js 2.0, `@segment/analytics-next`), loaded only with consent. It has no runtime stop:
 * `deregister('Segment.io')` drops the Segment destination but not the device-mode destinations it loaded
 * (other vendors' own scripts), and its retry queue keeps flushing on its timer. Withdrawal reloads the page.
 */
export const segment: VendorDefinition<SegmentService> = {
  vendor: 'segment',
  // Pure: the script-tag bundle, which does not list this vendor, drops it whole.
  schema: /* @__PURE__ */ serviceSchema('segment', { writeKey: { type: 'string', pattern: '^[A-Za-z0-9]+$' } }, ['writeKey']),
  // cdn.segment.com (library, settings, bundles, device-mode integrations), api.segment.io (events).
  hosts: () => ['*.segment.com', '*.segment.io'],
  // analytics-next core/user: ajs_anonymous_id, ajs_user_id, ajs_group_id (cookies and localStorage),
  // ajs_user_traits, ajs_group_properties (localStorage).
  cookies: () => ['ajs_*'],
  // Also the queues it persists for retries and across pages (lib/priority-queue/persisted).
  storageKeys: () => ['ajs_*', 'persisted-queue:v1:*'],
  start(service, context) {
    // The official snippet's stub: an array of buffered calls with `_writeKey`, which the standalone build
    // replays once loaded. Its first call is the snippet's `analytics.page()`.
    (context.window as SegmentWindow).analytics ||= Object.assign([['page']], { _writeKey: service.writeKey });
    return loadOnce(context, `https://cdn.segment.com/analytics.js/v1/${service.writeKey}/analytics.min.js`);
  },
  // Nothing to call: `stoppable: false` makes the core reload the page once the cookies are deleted.
  stop: () => undefined,
  stoppable: false,
};
