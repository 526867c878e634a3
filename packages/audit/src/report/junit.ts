import type { AuditReport } from '../types';
import { counts } from './summary';

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML, one test case per check and one suite per phase, so that CI (GitHub Actions reporters,
 * GitLab, Jenkins) lists each check; a warning is a passing test case with its evidence in system-out.
 */
export function formatJunit(report: AuditReport): string {
  const phases = [...new Set(report.checks.map((check) => check.phase))];
  const { fail, skip } = counts(report);
  const suites = phases.map((phase) => {
    const checks = report.checks.filter((check) => check.phase === phase);
    const cases = checks.map((check) => {
      const evidence = escape(check.evidence.join('\n'));
      const body =
        check.status === 'fail'
          ? `<failure message="${escape(check.title)}">${evidence}</failure>`
          : check.status === 'skip'
            ? `<skipped message="${evidence}"/>`
            : `<system-out>${check.status === 'warn' ? 'WARNING: ' : ''}${evidence}</system-out>`;
      return `    <testcase classname="consentry-audit.${escape(phase)}" name="${escape(check.id)}: ${escape(check.title)}">${body}</testcase>`;
    });
    const failures = checks.filter((check) => check.status === 'fail').length;
    const skipped = checks.filter((check) => check.status === 'skip').length;
    return `  <testsuite name="${escape(phase)}" tests="${checks.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="consentry audit ${escape(report.url)}" tests="${report.checks.length}" failures="${fail}" skipped="${skip}" time="${(report.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
