import type { AuditConfig, CheckResult, Severity } from '../types';
import { CHECKS, type CheckId } from './catalogue';

/** Collects check results, each with the severity the audit config gives it. */
export class Results {
  readonly checks: CheckResult[] = [];
  constructor(private readonly severities: AuditConfig['checks'] = {}) {}

  severity(id: CheckId): Severity {
    return (this.severities?.[id] as Severity | undefined) ?? CHECKS[id].severity;
  }

  enabled(id: CheckId): boolean {
    return this.severity(id) !== 'off';
  }

  /** A check holds when there is no evidence against it; `looked` says what was looked at when it does. */
  report(id: CheckId, against: string[], looked: string): void {
    if (!this.enabled(id)) return;
    const failed = against.length > 0;
    this.checks.push({
      id,
      phase: CHECKS[id].phase,
      title: CHECKS[id].title,
      status: failed ? (this.severity(id) === 'error' ? 'fail' : 'warn') : 'pass',
      evidence: failed ? against : [looked],
    });
  }

  /** A check the site's config gives nothing to look at (no zones, no opt-out regime). */
  skip(id: CheckId, why: string): void {
    if (this.enabled(id)) this.checks.push({ id, phase: CHECKS[id].phase, title: CHECKS[id].title, status: 'skip', evidence: [why] });
  }
}
