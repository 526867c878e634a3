import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const hotjarSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('hotjar'),
  /** The Hotjar site id (Sites & Organizations): a number, as Hotjar's snippet writes `hjid:1234567`, or its digits. */
  siteId: z.union([z.string().check(z.regex(/^[1-9][0-9]*$/)), z.int().check(z.positive())]),
});

export type HotjarService = z.input<typeof hotjarSchema>;
