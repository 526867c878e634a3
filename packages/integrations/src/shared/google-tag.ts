import type { BrowserWindow } from '@consentry/core';
import { signal } from './signals';

type GoogleWindow = BrowserWindow & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/**
 * The page's `gtag` and `dataLayer`, when they are what Google's snippet makes. An element with
 * `id="gtag"` or `name="dataLayer"` is reachable as a global of that name too (HTML's named access on
 * Window): such a clobbered global is no tag.
 */
const tagOf = (window: GoogleWindow) => (typeof window.gtag === 'function' ? window.gtag : undefined);
const dataLayerOf = (window: GoogleWindow) => (Array.isArray(window.dataLayer) ? window.dataLayer : undefined);

/** Whether the page has Google's tag or Tag Manager (its `dataLayer` or `gtag`). */
export const hasGoogleTag = (window: GoogleWindow): boolean => !!(tagOf(window) || dataLayerOf(window));

/**
 * Sends a gtag command. gtag.js and GTM read `arguments` objects from the dataLayer ("function gtag()
 * {dataLayer.push(arguments);}"); an array there is a different GTM message, so the shape matters.
 */
export function gtag(window: GoogleWindow, ...command: unknown[]): void {
  const tag = tagOf(window);
  if (tag) return tag(...command);
  // An own property shadows a clobbering element, which named access only finds when nothing else does.
  (dataLayerOf(window) ?? (window.dataLayer = [])).push(argumentsOf(...command));
}

function argumentsOf(..._command: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

/**
 * Sends the four Consent Mode v2 keys (support.google.com/analytics/answer/13802165): the ad keys follow
 * `ads`, `analytics_storage` follows `analytics`. The default (everything denied, before any tag code
 * runs) carries `wait_for_update` so that tags firing at once wait for the stored choice ("consent
 * default must be set before config").
 */
export function googleConsent(window: BrowserWindow, analytics: boolean, ads = analytics, action = 'update'): void {
  const adSignal = signal(ads);
  gtag(window, 'consent', action, {
    ad_storage: adSignal,
    ad_user_data: adSignal,
    ad_personalization: adSignal,
    analytics_storage: signal(analytics),
    ...(action === 'default' && { wait_for_update: 500 }),
  });
}

/** Consent Mode defaults: everything denied, waiting for the stored choice. */
export const setGoogleDefaults = (window: BrowserWindow) => googleConsent(window, false, false, 'default');
