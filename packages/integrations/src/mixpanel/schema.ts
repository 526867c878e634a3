import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const mixpanelSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('mixpanel'),
  /** The project token (Project settings > Access keys). */
  token: z.string().check(z.regex(/^[A-Za-z0-9]+$/)),
  /** Data residency: `https://api-eu.mixpanel.com` for the EU, `https://api-in.mixpanel.com` for India. */
  apiHost: z.optional(z.string().check(z.regex(/^https:\/\/[A-Za-z0-9.-]+\/?$/))),
});

export type MixpanelService = z.input<typeof mixpanelSchema>;
