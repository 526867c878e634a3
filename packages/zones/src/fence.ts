import type { BrowserWindow } from '@consentry/core';
import { zonePolicy } from './policy';

/**
 * Adds a meta CSP allowing only the origins this document used so far, never a tracker host. One-way:
 * "It cannot be removed or loosened for the rest of the document's life".
 */
export function fence(window: BrowserWindow, isTracker: (url: string) => boolean): void {
  const { document } = window;
  const origins = new Set(["'self'"]);
  for (const { name } of window.performance.getEntriesByType('resource')) {
    if (/^https?:/.test(name) && !isTracker(name)) origins.add(new URL(name).origin);
  }
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = zonePolicy([...origins]);
  // "A meta in <body> is ignored": only one in <head> is enforced.
  document.head.append(meta);
}
