export { ConsentryProvider, type ConsentryProviderProps } from './provider';
export { useConsent, useConsentry } from './use-consent';
export { ConsentGate, type ConsentGateProps } from './gate';
export { ConsentPreferencesButton } from './preferences-button';
export type { ConsentryLike } from './context';
export type { ConsentState } from '@consentry/core';
