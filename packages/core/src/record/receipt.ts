import type { ConsentReceipt, BrowserWindow } from '../types';
import type { StoredRecord } from '../storage/record';

/**
 * GDPR Art. 7(1): the site must be able to demonstrate consent. The record holds what that needs and
 * nothing else: a pseudonymous id, when, which policy revision, under which regime, what was chosen and
 * how, and the page path without its query string (which may carry personal data). All of it is stored
 * with the decision (the path is taken then), so the record is the same on every later page.
 */
export function buildReceipt(record: StoredRecord): ConsentReceipt {
  return {
    id: record.id,
    timestamp: new Date(record.updatedAt).toISOString(),
    revision: record.revision,
    regime: record.regime,
    method: record.method,
    gpc: record.gpc,
    categories: record.categories,
    services: record.services,
    path: record.path,
  };
}

/** Sends the record once to the site's own endpoint; sendBeacon survives the page unloading. */
export function sendReceipt(endpoint: string, receipt: ConsentReceipt, window: BrowserWindow): void {
  const body = JSON.stringify(receipt);
  try {
    if (window.navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Fall through to fetch: sendBeacon throws for some URLs (for example a disallowed scheme).
  }
  window
    .fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } })
    .catch(() => undefined);
}
