import type { ConsentState } from '@consentry/core';

/**
 * What is rendered before the browser's consent is known (on the server, and in the first client render,
 * which must match it): undecided, nothing optional granted. Failing closed, a gated embed renders its
 * fallback until the real state arrives.
 */
export const NO_CONSENT: ConsentState = Object.freeze({
  decided: false,
  categories: Object.freeze({ necessary: true }),
  services: Object.freeze({}),
  revision: '',
  id: null,
  updatedAt: null,
  method: 'default',
  regime: 'opt-in',
  gpc: false,
});
