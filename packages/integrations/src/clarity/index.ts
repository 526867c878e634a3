import type { ConsentState, ServiceContext, VendorDefinition } from '@consentry/core';
import type { ClarityService } from './schema';
import { enforceStrictMasking } from './masking';
import { isLoaded } from '../shared/load-once';
import { queueStub } from '../shared/queue';
import { adsGranted, signal } from '../shared/signals';
import { matching, oneOfValues, serviceSchema } from '../shared/service-schema';

export type { ClarityService };

const tagUrl = (service: ClarityService) => `https://www.clarity.ms/tag/${service.projectId}`;

/** Clarity consent API v2: "both fields required". */
const consentv2 = (context: ServiceContext, analytics: boolean, state: ConsentState = context.state) =>
  queueStub(context.window, 'clarity')('consentv2', {
    ad_Storage: signal(analytics && adsGranted(state)),
    analytics_Storage: signal(analytics),
  });

/**
 * Microsoft Clarity. The tag is never added before consent: Clarity's "denied" mode still uploads, and
 * restarts cookieless 250 ms after a denial.
 */
export const clarity: VendorDefinition<ClarityService> = {
  vendor: 'clarity',
  schema: serviceSchema('clarity', { projectId: matching('^[a-z0-9]+$'), masking: oneOfValues('strict', 'balanced', 'relaxed') }, ['projectId']),
  hosts: () => ['*.clarity.ms', 'c.bing.com'],
  cookies: () => ['_clck', '_clsk'],
  storageKeys: () => ['_cltk'],
  start(service, context) {
    if ((service.masking ?? 'strict') === 'strict') enforceStrictMasking(context.window);
    const restart = isLoaded(context, tagUrl(service));
    consentv2(context, true);
    if (restart) return queueStub(context.window, 'clarity')('start');
    return context.loadScript(tagUrl(service));
  },
  update: (_service, context) => consentv2(context, true),
  stop(_service, context) {
    // Stop first: a denial reaching a running Clarity stops it and restarts it cookieless after 250 ms,
    // which would undo a stop sent before it. Stopped, the denial only clears what Clarity stored.
    queueStub(context.window, 'clarity')('stop');
    consentv2(context, false);
  },
  stoppable: true,
};
