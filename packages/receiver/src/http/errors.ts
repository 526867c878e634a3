import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every refusal is JSON naming what was wrong: `{ "error": "…", "field": "categories.analytics" }`. */
export const refuse = (c: Context, status: ContentfulStatusCode, error: string, field?: string) =>
  c.json(field === undefined ? { error } : { error, field }, status);
