/**
 * The one source of truth for Consentry's configuration: the TypeScript type is inferred from it, the
 * published JSON Schema is generated from it, and `consentry check` reports its issues. The browser never
 * loads zod (about 9 KB gzip): it checks the generated JSON Schema with `validate.ts` instead, and a test
 * keeps that file in step with this one.
 */
import * as z from 'zod/mini';

export const identifier = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/));

export const categorySchema = z.strictObject({
  label: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  /**
   * The category sells or shares personal information in the CCPA sense ("cross-context behavioural
   * advertising"): Global Privacy Control and "Do Not Sell or Share" turn it off. Defaults to true for
   * a category named `marketing`, false otherwise.
   */
  sharing: z.optional(z.boolean()),
});

/** Fields every service has, whatever its vendor. Vendor schemas extend this shape. */
export const serviceFields = {
  id: identifier,
  category: identifier,
  /** Cookie names (a trailing `*` matches a prefix) deleted when consent is withdrawn. */
  cookies: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** localStorage / sessionStorage keys (a trailing `*` matches a prefix) deleted on withdrawal. */
  storageKeys: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Hosts the service talks to, beyond those its vendor integration already declares (zones block them). */
  hosts: z.optional(z.array(z.string().check(z.minLength(1)))),
};

/** A service the site's own code starts through `onGranted`; Consentry only tracks and cleans it up. */
export const customServiceSchema = z.strictObject({ ...serviceFields, vendor: z.literal('custom') });

export const storageSchema = z.strictObject({
  type: z.optional(z.enum(['localStorage', 'cookie', 'both'])),
  name: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/))),
  // Each goes into the cookie string as it is: a ";" or a control character would add attributes of its own.
  domain: z.optional(z.string().check(z.minLength(1), z.regex(/^[^;\x00-\x1f]*$/))),
  path: z.optional(z.string().check(z.regex(/^\/[^;\x00-\x1f]*$/))),
  sameSite: z.optional(z.enum(['Lax', 'Strict', 'None'])),
  maxAgeDays: z.optional(z.number().check(z.positive(), z.lte(400))),
});

export const zeroTelemetrySchema = z.strictObject({
  routes: z.array(z.string().check(z.minLength(1))),
  onEnter: z.optional(z.enum(['reload', 'block'])),
  /** Tracker hosts to block in zones beyond those the integrations declare. */
  hosts: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * Other origins zone pages may reach (your API, your CDN): `https://api.example.com`; every other one is
   * refused. One CSP source each, no wildcard, path or bare scheme, which would let trackers through.
   */
  allow: z.optional(z.array(z.string().check(z.regex(/^(?:https?:\/\/)?[a-z\d.-]+(?::\d+)?$/i)))),
});

const regime = z.enum(['opt-in', 'opt-out']);

/** Builds the config schema for a set of vendor service schemas (the integrations add theirs). */
export function createConfigSchema<V extends z.ZodMiniObject[]>(vendorSchemas: V) {
  return z.strictObject({
    $schema: z.optional(z.string()),
    /** Your policy or banner version: changing it asks every visitor again. */
    revision: z.string().check(z.minLength(1)),
    categories: z.optional(z.record(identifier, categorySchema)),
    services: z.optional(
      z.array(z.discriminatedUnion('vendor', [customServiceSchema, ...vendorSchemas])),
    ),
    storage: z.optional(storageSchema),
    regime: z.optional(z.enum(['opt-in', 'opt-out', 'auto'])),
    /** With `regime: "auto"`: the regime your server picked (for example from a geo header). */
    regimeHint: z.optional(regime),
    /** A language tag (`de`, `pt-BR`): a name like `constructor` is none. */
    language: z.optional(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-\w+)*$/))),
    texts: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
    /**
     * An http(s) or a relative URL, never `javascript:` or another scheme: it becomes a link in the banner.
     * A relative one has no ":" at all, so that no scheme hides behind what URL parsers drop ("\tjavascript:").
     */
    privacyPolicyUrl: z.optional(z.string().check(z.regex(/^(https?:|[^:]+$)/))),
    record: z.optional(z.strictObject({ endpoint: z.string().check(z.minLength(1)) })),
    zeroTelemetry: z.optional(zeroTelemetrySchema),
    /**
     * Custom property values: "no other request" holds only if none can fetch, so no `url(`, `image(`,
     * `image-set(`, `src(` or `expression(`, no function name in capitals (CSS reads `URL(` as `url(`), no `@`
     * (`@import`) and no `\` (a CSS escape spells `url(` as `u\72l(`).
     */
    theme: z.optional(z.record(z.string(), z.string().check(z.regex(/^(?![\s\S]*([A-Z][\w-]*|url|image|set|src|expression)\()[^\\@]*$/)))),
    nonce: z.optional(z.string()),
  });
}

export const configSchema = createConfigSchema([]);
