'use client';
// Hooks and components with state: a client module for React Server Components (the build keeps the
// directive on top of dist/index.js; `@consentry/react/server` is not one).

export { ConsentryProvider, type ConsentryProviderProps } from './provider';
export { useConsent, useConsentry } from './use-consent';
export { ConsentGate, type ConsentGateProps } from './gate';
export { ConsentPreferencesButton } from './preferences-button';
export type { ConsentryLike } from './context';
export type { ConsentState } from '@consentry/core';
