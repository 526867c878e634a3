import type { BrowserWindow } from '@consentry/core';
import { zonePolicy } from './policy';

/**
 * Adds a meta CSP allowing only the page's own origin and the allowed ones, as the server's header does.
 * One-way: "It cannot be removed or loosened for the rest of the document's life".
 */
export function fence(window: BrowserWindow, allow: readonly string[]): void {
  const meta = window.document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = zonePolicy(["'self'", ...allow]);
  // "A meta in <body> is ignored": only one in <head> is enforced.
  window.document.head.append(meta);
}
