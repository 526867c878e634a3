import * as z from 'zod/mini';
import { serviceFields } from '@consentry/core/schema';

export const scriptSchema = z.strictObject({
  ...serviceFields,
  vendor: z.literal('script'),
  /**
   * The script to load, https or a path on this site. Give `src` or `inline`, not both. `//host/x.js` and
   * `/\host/x.js` are another host reached with the page's scheme (http on an http page): refused.
   */
  src: z.optional(z.string().check(z.regex(/^(https:\/\/|\/(?![/\\]))/))),
  /** Code to run, as an inline script would. */
  inline: z.optional(z.string().check(z.minLength(1))),
});

export type ScriptService = z.input<typeof scriptSchema>;
