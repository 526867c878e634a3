import { createElement, Fragment, type ReactNode } from 'react';
import { useConsent } from './use-consent';

export interface ConsentGateProps {
  /** A category (`"marketing"`) or a service id. */
  category: string;
  /** Rendered while it is not granted: on the server, before hydration, and after a refusal. */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** Renders an embed or widget only while its category is granted, and `fallback` otherwise. */
export function ConsentGate({ category, fallback = null, children }: ConsentGateProps) {
  return createElement(Fragment, null, useConsent(category) ? children : fallback);
}
