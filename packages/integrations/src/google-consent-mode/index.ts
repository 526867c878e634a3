import type { BrowserWindow, Consentry } from '@consentry/core';
import { googleConsent, hasGoogleTag, setGoogleDefaults } from '../shared/google-tag';
import { adsGranted } from '../shared/signals';

/**
 * Google Consent Mode signals for sites that run gtag.js or Google Tag Manager: `analytics_storage`
 * follows the `analytics` category, the ad keys follow `marketing`, on every change. Signals are sent
 * only when the page has a `dataLayer` or `gtag`; define `window.dataLayer = window.dataLayer || []`
 * before Consentry so that the default comes before the container's tags. A `ga4` service sets the
 * default itself and sends the signals while it runs; this sends them the rest of the time, for the
 * page's other Google tags.
 */
export function googleConsentMode(consentry: Consentry, window: BrowserWindow): void {
  const ga4 = consentry.config.services.filter((service) => service.vendor === 'ga4');
  /** The signals last sent: an update that would repeat them (the controller released as it starts) is not sent. */
  let sent: string | undefined;
  const send = () => {
    // Inside a zero-telemetry zone every signal is denied, whatever was consented: the page's own tags
    // must not write their cookies there either.
    const state = consentry.get();
    const tracking = !consentry.suspended;
    const ga4Runs = tracking && ga4.some((service) => consentry.has(service.id));
    const signals: [boolean, boolean] = [tracking && state.categories.analytics === true, tracking && adsGranted(state)];
    // While GA4 runs it sends the signals itself: the next ones sent here follow whatever it sent.
    if (ga4Runs) sent = undefined;
    else if (hasGoogleTag(window) && sent !== (sent = String(signals))) googleConsent(window, ...signals);
  };
  if (!ga4.length && hasGoogleTag(window)) setGoogleDefaults(window);
  send();
  consentry.on('change', send);
  consentry.on('suspend', send);
}
