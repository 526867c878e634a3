import type { Context } from 'hono';
import type { ConsentStore } from '../store/open';
import { consentPages } from '../store/pages';
import type { StoredConsent } from '../types';
import { refuse } from './errors';
import { parseRange } from './range';

export const CSV_COLUMNS = ['site', 'seq', 'receivedAt', 'id', 'timestamp', 'revision', 'regime', 'method', 'gpc', 'categories', 'services', 'path', 'clientIp', 'previousHash', 'hash'] as const;

/**
 * RFC 4180 quoting, and a leading `'` before `=`, `+`, `-`, `@` so that a spreadsheet opening the
 * export does not run a value as a formula (OWASP "CSV Injection").
 */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(record: StoredConsent): string {
  const { receipt, ...server } = record;
  const row: Record<string, unknown> = { ...server, ...receipt };
  return `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`;
}

const ndjsonLine = (record: StoredConsent) => `${JSON.stringify(record)}\n`;

/** Streams the records a page at a time: the response starts at once and memory stays one page. */
export function exportConsents(c: Context, store: ConsentStore): Response {
  const format = c.req.query('format') ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'csv') return refuse(c, 400, 'expected "ndjson" or "csv"', 'format');
  const parsed = parseRange(c);
  if ('field' in parsed) return refuse(c, 400, 'expected an ISO date (2026-03-02) or UTC date-time', parsed.field);
  const pages = consentPages(store, parsed.range);
  const encoder = new TextEncoder();
  const line = format === 'csv' ? csvLine : ndjsonLine;
  let header = format === 'csv' ? `${CSV_COLUMNS.join(',')}\r\n` : '';
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pages.next();
      const text = header + (next.done ? '' : next.value.map(line).join(''));
      header = '';
      if (text) controller.enqueue(encoder.encode(text));
      if (next.done) controller.close();
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
  return new Response(body, { headers: { 'content-type': type, 'content-disposition': `attachment; filename="consents.${format}"` } });
}
