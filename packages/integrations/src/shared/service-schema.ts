import type { JsonSchema } from '@consentry/core';

/**
 * The JSON Schema of one service entry of a vendor: the fields every service has, then the vendor's own.
 * It is what `z.toJSONSchema` makes of the vendor's zod schema (`<vendor>/schema.ts`, a test keeps them
 * equal), built here so that the browser bundle carries the shared fields once rather than per vendor.
 * They are written out as zod emits them, the same text as the core's `custom` service in
 * consentry.schema.json, which the bundle carries too: compressed, this copy costs a few bytes.
 */
export function serviceSchema(vendor: string, fields: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
      category: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
      cookies: { type: 'array', items: { type: 'string', minLength: 1 } },
      storageKeys: { type: 'array', items: { type: 'string', minLength: 1 } },
      hosts: { type: 'array', items: { type: 'string', minLength: 1 } },
      vendor: { type: 'string', const: vendor },
      ...fields,
    },
    required: ['id', 'category', 'vendor', ...required],
    additionalProperties: false,
  };
}
