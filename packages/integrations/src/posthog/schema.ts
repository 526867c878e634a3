import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const posthogSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('posthog'),
  /** The project API key (Project settings), `phc_` and letters or digits. */
  token: z.string().check(z.regex(/^[A-Za-z0-9_]+$/)),
  /**
   * The ingestion host: `https://us.i.posthog.com` (default), `https://eu.i.posthog.com` for the EU cloud,
   * or your reverse proxy.
   */
  apiHost: z.optional(z.string().check(z.regex(/^https:\/\/[A-Za-z0-9.-]+\/?$/))),
});

export type PosthogService = z.input<typeof posthogSchema>;
