import { useCallback, useSyncExternalStore } from 'react';
import type { ConsentState } from '@consentry/core';
import { useConsentryContext, type ConsentryLike } from './context';

const grants = (state: ConsentState, id: string) => state.categories[id] === true || state.services[id] === true;

/**
 * The consent in force, re-rendering when it changes (here or in another tab). With an id (a category
 * or a service), whether it is granted. On the server and during hydration it is the provider's
 * `serverState` (by default nothing granted), then the browser's own state.
 */
export function useConsent(): ConsentState;
export function useConsent(categoryOrServiceId: string): boolean;
export function useConsent(categoryOrServiceId?: string): ConsentState | boolean {
  const { consentry, serverState } = useConsentryContext('useConsent()');
  const subscribe = useCallback((onChange: () => void) => consentry?.on('change', onChange) ?? (() => {}), [consentry]);
  // get() returns the same frozen object until consent changes, as useSyncExternalStore requires.
  const state = useSyncExternalStore(subscribe, () => consentry?.get() ?? serverState, () => serverState);
  return categoryOrServiceId === undefined ? state : grants(state, categoryOrServiceId);
}

/** The controller, for `acceptAll()`, `set()`…; null on the server and until the provider created it. */
export function useConsentry(): ConsentryLike | null {
  return useConsentryContext('useConsentry()').consentry;
}
