import { createElement, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ConsentState } from '@consentry/core';
import { ConsentryContext, type ConsentryLike } from './context';
import { NO_CONSENT } from './no-consent';

export interface ConsentryProviderProps {
  /**
   * The controller, or a function that creates it. A function is called once, in the browser, after the
   * first render (never on the server, where there is no page to show a banner in), and what it created is
   * destroyed when the provider unmounts. Pass an instance when your app creates it at start-up in the
   * browser only (a client-rendered single-page app).
   */
  consentry: ConsentryLike | (() => ConsentryLike);
  /**
   * The consent the server rendered with (`readConsentFromCookie` from `@consentry/react/server`), so that
   * client components render the same as the server and the visitor sees no flash. Without it, the server
   * render and the first client render show the no-consent state: nothing optional granted, undecided.
   */
  serverState?: ConsentState;
  children?: ReactNode;
}

export function ConsentryProvider({ consentry, serverState = NO_CONSENT, children }: ConsentryProviderProps) {
  const [created, setCreated] = useState<ConsentryLike | null>(null);
  const factory = typeof consentry === 'function' ? consentry : null;
  useEffect(() => {
    if (!factory) return;
    const instance = factory();
    setCreated(instance);
    return () => {
      setCreated(null);
      instance.destroy();
    };
    // Created once per mount: a new function on each render of the parent must not make a new controller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const instance = factory ? created : (consentry as ConsentryLike);
  const value = useMemo(() => ({ consentry: instance, serverState }), [instance, serverState]);
  return createElement(ConsentryContext.Provider, { value }, children);
}
