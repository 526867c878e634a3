import { useEffect, useState } from 'preact/hooks';
import type { ConsentState } from 'consentry';
import { consentry } from './consentry';

/** The consent in force, re-rendering whenever the visitor changes it (here or in another tab). */
export function useConsent(): ConsentState {
  const [state, setState] = useState(consentry.get());
  useEffect(() => consentry.on('change', setState), []);
  return state;
}
