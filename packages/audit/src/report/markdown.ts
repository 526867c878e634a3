import type { AuditReport, CheckStatus } from '../types';
import { counts } from './summary';

const MARK: Record<CheckStatus, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warning', skip: '➖ skipped' };
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** A Markdown report (a pull-request comment, a job summary): a table of checks, then the evidence of each one that did not pass. */
export function formatMarkdown(report: AuditReport): string {
  const { pass, fail, warn, skip } = counts(report);
  const rows = report.checks.map((check) => `| ${cell(check.phase)} | \`${check.id}\` | ${MARK[check.status]} | ${cell(check.title)} |`);
  const details = report.checks
    .filter((check) => check.status === 'fail' || check.status === 'warn')
    .map((check) => `### \`${check.id}\`\n\n${check.evidence.map((line) => `- ${line.replace(/([`*_[\]<>])/g, '\\$1')}`).join('\n')}`);
  return [
    `## Consentry audit of ${report.url}`,
    '',
    `${pass} passed, ${fail} failed, ${warn} warnings, ${skip} skipped.`,
    '',
    '| Phase | Check | Result | What it proves |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(details.length ? ['', ...details.flatMap((detail) => [detail, ''])] : ['']),
  ].join('\n');
}
