import { deleteCookies, type BrowserWindow, type ServiceContext, type VendorDefinition } from '@consentry/core';
import type { Ga4Service } from './schema';
import { googleConsent, gtag, setGoogleDefaults } from '../shared/google-tag';
import { loadOnce } from '../shared/load-once';
import { adsGranted } from '../shared/signals';
import { serviceSchema } from '../shared/service-schema';

export type { Ga4Service };

type Ga4Window = BrowserWindow & Record<string, unknown>;

/** GA4's cookies: `_ga` and `_ga_<container>`, the container being the measurement id without `G-`. */
const cookies = (service: Ga4Service) => ['_ga', `_ga_${service.measurementId.slice(2)}`];

/** "window['ga-disable-G-XXXX'] = true": gtag.js checks it before every hit and cookie write. */
function disable(service: Ga4Service, context: ServiceContext, disabled = true): void {
  (context.window as Ga4Window)[`ga-disable-${service.measurementId}`] = disabled;
}

/** Basic mode runs only when granted; advanced runs denied and follows the `analytics` category. */
function update(service: Ga4Service, context: ServiceContext): void {
  const analytics = service.consentMode !== 'advanced' || context.state.categories.analytics === true;
  googleConsent(context.window, analytics, adsGranted(context.state));
  // Denied storage stops new writes but keeps what GA stored: the cookies go with the consent.
  if (!analytics) deleteCookies(cookies(service), context.window);
}

/** Google Analytics 4 through gtag.js, with Consent Mode v2. */
export const ga4: VendorDefinition<Ga4Service> = {
  vendor: 'ga4',
  schema: serviceSchema(
    'ga4',
    { measurementId: { type: 'string', pattern: '^G-[A-Z0-9]+$' }, consentMode: { type: 'string', enum: ['basic', 'advanced'] } },
    ['measurementId'],
  ),
  hosts: () => ['*.googletagmanager.com', '*.google-analytics.com', '*.analytics.google.com', '*.g.doubleclick.net'],
  cookies,
  storageKeys: () => [],
  prepare: (_service, context) => setGoogleDefaults(context.window),
  start(service, context) {
    disable(service, context, false);
    update(service, context);
    gtag(context.window, 'js', new Date());
    gtag(context.window, 'config', service.measurementId);
    return loadOnce(context, `https://www.googletagmanager.com/gtag/js?id=${service.measurementId}`);
  },
  update,
  stop(service, context) {
    disable(service, context);
    // The ad keys are the marketing category's, which the page's other Google tags read: it may stand.
    googleConsent(context.window, false, adsGranted(context.state));
  },
  // A zero-telemetry zone: every signal denied, whatever was consented.
  suspend(service, context) {
    disable(service, context);
    googleConsent(context.window, false);
  },
  stoppable: true,
};
