import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const metaPixelSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('meta-pixel'),
  /** The pixel (dataset) id, digits only (Events Manager). */
  pixelId: z.string().check(z.regex(/^[0-9]+$/)),
});

export type MetaPixelService = z.input<typeof metaPixelSchema>;
