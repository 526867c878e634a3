import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const ga4Schema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('ga4'),
  /** The web stream's measurement id, `G-` and letters or digits. */
  measurementId: z.string().check(z.regex(/^G-[A-Z0-9]+$/)),
  /**
   * `basic`: gtag.js loads only once the service is granted. `advanced`: Google's mode where the tag runs
   * with everything denied; put the service in `necessary` and `analytics_storage` follows `analytics`.
   */
  consentMode: z.optional(z.enum(['basic', 'advanced'])),
});

export type Ga4Service = z.input<typeof ga4Schema>;
