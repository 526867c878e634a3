import type { AuditReport, CheckStatus } from '../types';

const MARK: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP' };

export const counts = (report: AuditReport) =>
  Object.fromEntries((['pass', 'fail', 'warn', 'skip'] as const).map((status) => [status, report.checks.filter((check) => check.status === status).length])) as Record<CheckStatus, number>;

/** The report for a terminal: one line per check, its evidence indented below, then the counts. */
export function formatSummary(report: AuditReport): string {
  const lines = [`Consentry audit of ${report.url}`, ''];
  let phase = '';
  for (const check of report.checks) {
    if (check.phase !== phase) lines.push((phase = check.phase));
    lines.push(`  ${MARK[check.status]}  ${check.id}: ${check.title}`);
    for (const line of check.evidence) lines.push(`        ${line}`);
  }
  const { pass, fail, warn, skip } = counts(report);
  lines.push('', `${pass} passed, ${fail} failed, ${warn} warnings, ${skip} skipped in ${(report.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
