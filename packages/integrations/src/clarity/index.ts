import type { ServiceContext, VendorDefinition } from '@consentry/core';
import type { ClarityService } from './schema';
import { enforceStrictMasking } from './masking';
import { restartPending, watchRestarts } from './restarts';
import { loadOnce } from '../shared/load-once';
import { queueStub } from '../shared/queue';
import { adsGranted, signal } from '../shared/signals';
import { serviceSchema } from '../shared/service-schema';

export type { ClarityService };

/** A Clarity command, queued until the tag has loaded. */
const command = (context: ServiceContext, ...args: unknown[]) => queueStub(context.window, 'clarity')(...args);

/** Clarity consent API v2: "both fields required". */
const consentv2 = (context: ServiceContext, analytics: boolean) =>
  command(context, 'consentv2', { ad_Storage: signal(analytics && adsGranted(context.state)), analytics_Storage: signal(analytics) });

/** clarity.js, once it runs, marks its command function with its version (clarity-js src/queue.ts `w[c].v`). */
const running = (context: ServiceContext) => 'v' in ((context.window as { clarity?: object }).clarity ?? {});

/** Pages where clarity.js has run: stopped, its command function is a queue again, without `v`. */
const ran = new WeakSet<object>();

/**
 * Microsoft Clarity. The tag is never added before consent: Clarity's "denied" mode still uploads, and
 * restarts cookieless 250 ms after a denial.
 *
 * Sequences as clarity-js 0.8.70 runs them. `stop()` flushes its buffer at once (data/upload.ts: the last
 * payload by sendBeacon) and makes `window.clarity` a queue again (src/clarity.ts `queue.setup()`): a
 * stopped Clarity runs nothing it is told until the next `start`, which replays the queue first. So a
 * withdrawal tells it only `stop`, after the core refused its hosts (that flush never leaves); a denial
 * queued then would be replayed on a later grant.
 */
export const clarity: VendorDefinition<ClarityService> = {
  vendor: 'clarity',
  schema: serviceSchema(
    'clarity',
    { projectId: { type: 'string', pattern: '^[a-z0-9]+$' }, masking: { type: 'string', enum: ['strict', 'balanced', 'relaxed'] } },
    ['projectId'],
  ),
  hosts: () => ['*.clarity.ms', 'c.bing.com'],
  cookies: () => ['_clck', '_clsk'],
  storageKeys: () => ['_cltk'],
  start(service, context) {
    if ((service.masking ?? 'strict') === 'strict') enforceStrictMasking(context.window);
    watchRestarts(context.window);
    const loading = loadOnce(context, `https://www.clarity.ms/tag/${service.projectId}`);
    if (!loading && !running(context)) {
      // Granted again after a withdrawal: the tag is in the page, stopped. What it queued since is dropped
      // (a `stop` sent for a restart that never came). `start` with a config, even an empty one, keeps the
      // tag's settings and does not process the queue a second time, which would log "Error CL001:
      // Multiple Clarity tags detected" (src/clarity.ts: `if (config === null) { queue.process(); }`).
      queueStub(context.window, 'clarity').q = [];
      command(context, 'start', {});
    }
    // A tag still loading replays its queue: its own `start` first, then this consent.
    consentv2(context, true);
    return loading;
  },
  update: (_service, context) => consentv2(context, true),
  stop(_service, context) {
    if (running(context)) ran.add(context.window);
    command(context, 'stop');
    // clarity.js still to run would replay its start, then this stop, writing its cookies after the core
    // deleted them; and within 250 ms of a URL change its restart (core/history.ts `setTimeout(restart,
    // 250)`) starts it, which writes its cookies and uploads once, before it replays this stop. Only a
    // fresh document is clean then.
    return ran.has(context.window) && !restartPending(context.window);
  },
  // A zone while consent stands: no denial, which would clear `_clck`/`_clsk`. Leaving the zone starts
  // Clarity again.
  suspend(_service, context) {
    if (running(context)) ran.add(context.window);
    command(context, 'stop');
  },
  // Asked by a "block" zone before it pauses vendors in place: a restart set up by a navigation just
  // before would start Clarity in the zone, uploading once before it replays the queued stop. The zone
  // suspends Clarity before its own entry changes the URL, so the entry sets up no restart (nor counts
  // here: watchRestarts marks a navigation once made); an earlier one makes the entry a full page load.
  suspendHolds: (_service, window) => !restartPending(window),
  stoppable: true,
};
