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

/**
 * Microsoft Clarity. The tag is never added before consent: Clarity's "denied" mode still uploads, and
 * restarts cookieless 250 ms after a denial.
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
    // Granted again after a withdrawal: the tag is in the page already and only needs restarting, before
    // the consent, which a stopped Clarity ignores (clarity-js data/metadata.ts consentv2:
    // `if (!core.active()) return;`). A tag still loading replays its queue, consent first, then starts.
    if (!loading) command(context, 'start');
    consentv2(context, true);
    return loading;
  },
  update: (_service, context) => consentv2(context, true),
  stop(_service, context) {
    // Stop first: a denial reaching a running Clarity stops it and restarts it cookieless after 250 ms,
    // which would undo a stop sent before it. A running Clarity, once stopped, ignores the denial (the
    // core deletes its cookies); a tag still loading replays both from its queue.
    command(context, 'stop');
    consentv2(context, false);
    // Within 250 ms of a URL change Clarity restarts itself: this stop does not hold, the page reloads.
    return !restartPending(context.window);
  },
  // A zone while consent stands: no denial, which would clear `_clck`/`_clsk`. Leaving the zone starts
  // Clarity again.
  suspend: (_service, context) => void command(context, 'stop'),
  // Asked by a "block" zone before it pauses vendors in place. clarity-js core/history.ts, on a URL change:
  // `clarity.stop(); window.setTimeout(restart, 250)`, and `restart` calls `clarity.start()` whatever
  // happened since. The zone suspends Clarity before its entry changes the URL, so the entry sets up no
  // restart (nor counts here: watchRestarts marks a navigation once made), but one set up by a navigation
  // just before would start Clarity in the zone: the entry is then a full page load.
  suspendHolds: (_service, window) => !restartPending(window),
  stoppable: true,
};
