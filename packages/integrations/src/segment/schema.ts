import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const segmentSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('segment'),
  /** The source's write key (Connections › Sources › Settings › API Keys). */
  writeKey: z.string().check(z.regex(/^[A-Za-z0-9]+$/)),
});

export type SegmentService = z.input<typeof segmentSchema>;
