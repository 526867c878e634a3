import type { Context } from 'hono';
import type { Range } from '../store/pages';

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** `?from=&to=` as ISO dates or UTC date-times, or the name of the one that is not. */
export function parseRange(c: Context): { range: Range } | { field: string } {
  const range: Range = {};
  for (const field of ['from', 'to'] as const) {
    const value = c.req.query(field);
    if (value === undefined) continue;
    const time = DATE.test(value) ? new Date(value) : null;
    if (!time || Number.isNaN(time.getTime())) return { field };
    range[field] = time.toISOString();
  }
  return { range };
}
