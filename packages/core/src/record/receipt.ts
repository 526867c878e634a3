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

/**
 * Sends the record once to the site's own endpoint, with fetch `keepalive` (which survives the page
 * unloading, as sendBeacon does) rather than sendBeacon, which always sends the site's cookies and the
 * page's full Referer: the query string the record leaves out (`?email=…&token=…`) would reach the
 * endpoint anyway. No cookies (`credentials: 'omit'`), and the origin alone as referrer.
 */
export function sendReceipt(endpoint: string, receipt: ConsentReceipt, window: BrowserWindow): void {
  window
    .fetch(endpoint, {
      method: 'POST',
      body: JSON.stringify(receipt),
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'strict-origin',
      headers: { 'content-type': 'application/json' },
    })
    // A record that cannot be sent (offline, a refused URL) must not break the page.
    .catch(() => undefined);
}
