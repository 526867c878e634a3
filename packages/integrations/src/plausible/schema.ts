import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const plausibleSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('plausible'),
  /** The site's domain as added in Plausible (`data-domain`). */
  domain: z.string().check(z.regex(/^[A-Za-z0-9.-]+$/)),
  /** A self-hosted Plausible or a proxy serving `/js/script.js` and `/api/event`; default `https://plausible.io`. */
  apiHost: z.optional(z.string().check(z.regex(/^https:\/\/[A-Za-z0-9.-]+\/?$/))),
});

export type PlausibleService = z.input<typeof plausibleSchema>;
