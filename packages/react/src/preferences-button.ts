import { createElement, type ButtonHTMLAttributes } from 'react';
import { useConsentry } from './use-consent';

/**
 * A `<button>` that opens the preferences dialog, so that withdrawing is as easy as consenting. Disabled
 * until the controller exists (on the server and before hydration), when a click could do nothing.
 */
export function ConsentPreferencesButton({ children = 'Cookie settings', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const consentry = useConsentry();
  return createElement(
    'button',
    { type: 'button', ...props, disabled: props.disabled || !consentry?.showPreferences, onClick: () => consentry?.showPreferences?.() },
    children,
  );
}
