import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../types';
import { exitCode, formatJunit, formatMarkdown, formatSummary } from '.';

const report: AuditReport = {
  url: 'https://www.example.com/',
  startedAt: '2026-03-01T00:00:00.000Z',
  durationMs: 1234,
  checks: [
    { id: 'first-visit-no-trackers', phase: 'First visit', title: 'No tracker', status: 'fail', evidence: ['GET https://www.googletagmanager.com/gtag/js?id=G-1&x=<y> (from https://www.example.com/)'] },
    { id: 'accept-services-load', phase: 'Accept all', title: 'Services load', status: 'warn', evidence: ['hotjar (hotjar): never contacted *.hotjar.com'] },
    { id: 'zone-direct', phase: 'Zones', title: 'Zones', status: 'skip', evidence: ['no zone pages'] },
  ],
};

describe('reports', () => {
  it('fail the run only on a failed check, not on a warning', () => {
    expect(exitCode(report)).toBe(1);
    expect(exitCode({ ...report, checks: report.checks.slice(1) })).toBe(0);
  });

  it('JUnit: one test case per check, the evidence of a failure escaped inside it', () => {
    const xml = formatJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<failure message="No tracker">GET https://www.googletagmanager.com/gtag/js?id=G-1&amp;x=&lt;y&gt;');
    expect(xml).toContain('<skipped message="no zone pages"/>');
    expect(xml).toContain('<testsuites name="consentry audit https://www.example.com/" tests="3" failures="1" skipped="1"');
  });

  it('summary and Markdown show each check and the evidence of what did not pass', () => {
    expect(formatSummary(report)).toMatch(/FAIL {2}first-visit-no-trackers: No tracker\n {8}GET https:\/\/www\.googletagmanager\.com/);
    expect(formatSummary(report)).toContain('0 passed, 1 failed, 1 warnings, 1 skipped in 1.2 s');
    expect(formatMarkdown(report)).toContain('| First visit | `first-visit-no-trackers` | ❌ fail | No tracker |');
    expect(formatMarkdown(report)).toContain('### `accept-services-load`\n\n- hotjar (hotjar): never contacted \\*.hotjar.com');
  });
});
