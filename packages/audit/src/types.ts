/** Every public type of @consentry/audit, in one place. */
import type * as z from 'zod';
import type { auditConfigSchema, severitySchema } from './audit-config/schema';

/** `consentry.audit.json`: which pages to visit, the zones to enter, a login, extra hosts, severities. */
export type AuditConfig = z.input<typeof auditConfigSchema>;
export type Severity = z.infer<typeof severitySchema>;

/** What a fake or a proxy answers for a request the audit routes (tests: the vendors' local fakes). */
export interface RoutedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Answers a request to a host other than the audited site's, or undefined to refuse it. With it, no
 * request leaves the machine: what it does not answer is aborted.
 */
export type RequestRouter = (url: string, origin?: string) => RoutedAnswer | undefined;

export interface AuditOptions {
  /** The site's first page: `https://www.example.com`. Relative pages of the audit config resolve against it. */
  url: string;
  /** The Consentry config, when the pages do not carry it in `<script type="application/json" id="consentry-config">`. */
  config?: unknown;
  /** The contents of `consentry.audit.json`. */
  audit?: AuditConfig;
  /** Routes every request to another host (tests: `answerVendorRequest` of the vendor fakes). */
  routeRequests?: RequestRouter;
  /** Progress lines (phase, page, counts). */
  progress?: (line: string) => void;
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** One named check, with the lines of evidence that made it fail (or, when it holds, what was looked at). */
export interface CheckResult {
  /** `first-visit-no-trackers`, `zone-navigation` ...: the names `checks` in the audit config refers to. */
  id: string;
  /** The phase it belongs to: `First visit`, `Reject all` ... */
  phase: string;
  /** What it proves, in a sentence. */
  title: string;
  status: CheckStatus;
  evidence: string[];
}

export interface AuditReport {
  url: string;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
}

/** The audit could not run: the site is down, no config was found, the browser is missing. Exit code 2. */
export class AuditSetupError extends Error {
  override name = 'AuditSetupError';
}
