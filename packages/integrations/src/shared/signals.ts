import type { ConsentState } from '@consentry/core';

/** The word both Google Consent Mode and Clarity's consent API use for a consent signal. */
export type Signal = 'granted' | 'denied';

export const signal = (granted: boolean): Signal => (granted ? 'granted' : 'denied');

/**
 * Advertising signals follow the `marketing` category: it is the category Global Privacy Control and
 * "Do Not Sell or Share" turn off, so they can never be granted while either is on.
 */
export const adsGranted = (state: ConsentState): boolean => state.categories.marketing === true;
