/**
 * `consentry.audit.json`, the optional file that tells the audit what a site promises beyond its consent
 * config: the published JSON Schema (`consentry.audit.schema.json`) is generated from this.
 */
import * as z from 'zod/mini';
import { CHECK_IDS } from '../checks/catalogue';

export const severitySchema = z.enum(['error', 'warning', 'off']);

const page = z.string().check(z.minLength(1));

/** A zone page and how a visitor reaches it: loaded directly, and from a public page without a page load. */
export const zoneEntrySchema = z.strictObject({
  /** The zone page, loaded directly: `/dashboard/`. */
  page,
  /** The public page client-side navigation starts from, after Accept all (default: the first page). */
  from: z.optional(page),
  /** The text of the link on `from` that leads into the zone (a router's link, or a plain one). */
  link: z.optional(z.string().check(z.minLength(1))),
  /** Or: the URL to `history.pushState` on `from` (then `popstate` is dispatched, as routers listen to it). */
  pushState: z.optional(page),
  /** Whether to load `page` directly too (default true). */
  direct: z.optional(z.boolean()),
});

const cookieSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  value: z.string(),
  /** Default: the host of the audited site. */
  domain: z.optional(z.string()),
  path: z.optional(z.string()),
});

export const auditConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Pages to visit after each choice, as paths or URLs (default: the audited URL only). */
  pages: z.optional(z.array(page)),
  zones: z.optional(z.array(zoneEntrySchema)),
  /** A signed-in visitor for zone pages: a Playwright `storageState` file, or cookies to set. */
  login: z.optional(z.strictObject({ storageState: z.optional(z.string()), cookies: z.optional(z.array(cookieSchema)) })),
  /** Tracker hosts beyond those of Consentry's vendor integrations and the config (`*.example.com` matches subdomains). */
  trackerHosts: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Severity of each check by id: "error" fails the audit, "warning" is reported, "off" is not run. */
  checks: z.optional(z.partialRecord(z.enum(CHECK_IDS as [string, ...string[]]), severitySchema)),
  /** How long each phase watches the network after its last action, in milliseconds (default 5000). */
  windowMs: z.optional(z.number().check(z.int(), z.gte(500), z.lte(60_000))),
  /** The texts of the banner's buttons and of the link that opens the preferences, when not Consentry's English ones. */
  texts: z.optional(
    z.strictObject({
      acceptAll: z.optional(z.string()),
      rejectAll: z.optional(z.string()),
      doNotSell: z.optional(z.string()),
      preferences: z.optional(z.string()),
    }),
  ),
});
