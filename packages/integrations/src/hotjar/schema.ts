import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const hotjarSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('hotjar'),
  /** The Hotjar site id, digits only (Sites & Organizations). */
  siteId: z.string().check(z.regex(/^[0-9]+$/)),
});

export type HotjarService = z.input<typeof hotjarSchema>;
