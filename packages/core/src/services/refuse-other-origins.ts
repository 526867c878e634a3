import type { BrowserWindow } from '../types';

/**
 * For a page about to reload because a withdrawn vendor could not be stopped in it (Hotjar, or Clarity with
 * its own restart pending): it lives on until the fresh document arrives, and that vendor may still send
 * meanwhile. A `<meta http-equiv="Content-Security-Policy">` added to `<head>` is enforced at once for
 * fetch, XHR, sendBeacon, images and scripts (vendors.md, "Blocking"), and it cannot be lifted, so from here
 * the page reaches only its own origin. Should the visitor stay after all (a beforeunload prompt), the page
 * keeps it: closed, not open.
 */
export function refuseOtherOrigins(window: BrowserWindow): void {
  const policy = window.document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
  window.document.head.append(policy);
}
