import type { BrowserWindow, Consentry } from '@consentry/core';
import { googleConsent, hasGoogleTag, setGoogleDefaults } from '../shared/google-tag';
import { adsGranted } from '../shared/signals';

/**
 * Google Consent Mode signals for sites that run gtag.js or Google Tag Manager without a `ga4` service:
 * `analytics_storage` follows the `analytics` category, the ad keys follow `marketing`. Signals are sent
 * only when the page has a `dataLayer` or `gtag`; define `window.dataLayer = window.dataLayer || []`
 * before Consentry so that the default comes before the container's tags.
 */
export function googleConsentMode(consentry: Consentry, window: BrowserWindow): void {
  if (consentry.config.services.some((service) => service.vendor === 'ga4')) return;
  const send = () => {
    // Inside a zero-telemetry zone every signal is denied, whatever was consented: the page's own tags
    // must not write their cookies there either.
    const state = consentry.get();
    const tracking = !consentry.suspended;
    if (hasGoogleTag(window)) googleConsent(window, tracking && state.categories.analytics === true, tracking && adsGranted(state));
  };
  if (hasGoogleTag(window)) setGoogleDefaults(window);
  send();
  consentry.on('change', send);
  consentry.on('suspend', send);
}
