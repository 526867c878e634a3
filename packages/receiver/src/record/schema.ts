import { z } from 'zod';
import type { ConsentReceipt } from '../types';

// Limits well above what a real config produces, so that a hostile client cannot make one record costly.
const MAX_IDS = 200;
// The SDK's category and service ids (`identifier` in @consentry/core's config schema).
const idKey = z.string().max(100).regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'expected a category or service id');
const choices = z.record(idKey, z.boolean()).refine((value) => Object.keys(value).length <= MAX_IDS, {
  message: `at most ${MAX_IDS} entries`,
});

/**
 * Exactly `ConsentReceipt` from `@consentry/core` (README "Core API"): every field required, no other
 * field accepted, so a record stored is one the SDK could have sent.
 */
export const receiptSchema = z.strictObject({
  // newConsentId(): 128 random bits as 32 lowercase hex digits.
  id: z.string().regex(/^[0-9a-f]{32}$/, 'expected 32 lowercase hex digits'),
  timestamp: z.iso.datetime({ offset: false, precision: 3 }),
  revision: z.string().min(1).max(200),
  regime: z.enum(['opt-in', 'opt-out']),
  method: z.enum(['accept-all', 'reject-all', 'custom', 'do-not-sell', 'gpc']),
  gpc: z.boolean(),
  categories: choices,
  services: choices,
  path: z.string().startsWith('/').max(2048),
}) satisfies z.ZodType<ConsentReceipt>;

export type ReceiptIssue = { field: string; message: string };

/**
 * An own `__proto__` key, which JSON.parse makes and zod's record drops without a word: refused, so that
 * what is stored is all that was sent.
 */
function protoKeyPath(value: unknown, path: string[] = []): string[] | null {
  if (!value || typeof value !== 'object') return null;
  if (Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, item] of Object.entries(value)) {
    const found = protoKeyPath(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The receipt, or the first problem, named by its field path (`categories.analytics`). */
export function parseReceipt(value: unknown): { receipt: ConsentReceipt } | { issue: ReceiptIssue } {
  const proto = protoKeyPath(value);
  if (proto) return { issue: { field: proto.join('.'), message: 'unknown field' } };
  const result = receiptSchema.safeParse(value);
  if (result.success) return { receipt: result.data };
  const first = result.error.issues[0]!;
  const path = first.code === 'unrecognized_keys' ? [...first.path, first.keys[0]!] : first.path;
  const message =
    first.code === 'unrecognized_keys'
      ? 'unknown field'
      : first.code === 'invalid_key'
        ? (first.issues[0]?.message ?? first.message)
        : first.message.replace(/^Invalid input: /, '');
  return { issue: { field: path.map(String).join('.') || '(body)', message } };
}
