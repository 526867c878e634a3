import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const mixpanelSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('mixpanel'),
  /** The project token (Project settings > Access keys). */
  token: z.string().check(z.regex(/^[A-Za-z0-9]+$/)),
  /** Data residency: `https://api-eu.mixpanel.com` for the EU, `https://api-in.mixpanel.com` for India. */
  apiHost: z.optional(z.string().check(z.regex(/^https:\/\/[A-Za-z0-9.-]+\/?$/))),
  /**
   * Also delete the identified user's profile in Mixpanel on withdrawal. Off by default: it sends a
   * people-delete request, which is Mixpanel's `opt_out_tracking` default.
   */
  deleteUserOnOptOut: z.optional(z.boolean()),
});

export type MixpanelService = z.input<typeof mixpanelSchema>;
