import type { JsonSchema } from '@consentry/core';

const identifier: JsonSchema = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*$' };
const names: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 } };

/** A string field that must match `pattern`, as zod's `z.regex` emits it. */
export const matching = (pattern: string): JsonSchema => ({ type: 'string', pattern });

/** A string field that must be one of `values`, as zod's `z.enum` emits it. */
export const oneOfValues = (...values: string[]): JsonSchema => ({ type: 'string', enum: values });

/**
 * The JSON Schema of one service entry of a vendor: the fields every service has, then the vendor's own.
 * It is what `z.toJSONSchema` makes of the vendor's zod schema (`<vendor>/schema.ts`, a test keeps them
 * equal), built here so that the browser bundle carries the shared fields once rather than per vendor.
 */
export function serviceSchema(vendor: string, fields: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: identifier,
      category: identifier,
      cookies: names,
      storageKeys: names,
      hosts: names,
      vendor: { type: 'string', const: vendor },
      ...fields,
    },
    required: ['id', 'category', 'vendor', ...required],
    additionalProperties: false,
  };
}
