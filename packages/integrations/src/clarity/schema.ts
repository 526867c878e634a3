import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const claritySchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('clarity'),
  /** The id in the Clarity tag's URL (Settings > Overview). */
  projectId: z.string().check(z.regex(/^[a-z0-9]+$/)),
  /** `strict` masks all text client-side too; `balanced` and `relaxed` follow the project setting. */
  masking: z.optional(z.enum(['strict', 'balanced', 'relaxed'])),
});

export type ClarityService = z.input<typeof claritySchema>;
