import { createElement, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { useConsentry } from './use-consent';

/**
 * A `<button>` that opens the preferences dialog, so that withdrawing is as easy as consenting. Disabled
 * until the controller exists (on the server and before hydration), when a click could do nothing. The
 * caller's `onClick` runs first (analytics of the click, closing a menu); `event.preventDefault()` in it
 * keeps the dialog closed, as it would keep a link from being followed.
 */
export function ConsentPreferencesButton({ children = 'Cookie settings', onClick, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const consentry = useConsentry();
  const open = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) consentry?.showPreferences?.();
  };
  return createElement('button', { type: 'button', ...props, disabled: props.disabled || !consentry?.showPreferences, onClick: open }, children);
}
