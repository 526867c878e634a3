import { createContext, useContext } from 'react';
import type { ConsentState, Consentry } from '@consentry/core';

/** A controller with the preferences dialog (`createConsentry` from `consentry`), or the headless core. */
export type ConsentryLike = Consentry & { showPreferences?(): void };

export interface ConsentryContextValue {
  /** Null on the server and until the provider has created the controller in the browser. */
  consentry: ConsentryLike | null;
  /** What the server rendered, and so what the first client render shows. */
  serverState: ConsentState;
}

export const ConsentryContext = createContext<ConsentryContextValue | null>(null);

export function useConsentryContext(hook: string): ConsentryContextValue {
  const value = useContext(ConsentryContext);
  if (!value) throw new Error(`Consentry: ${hook} must be used inside <ConsentryProvider>`);
  return value;
}
