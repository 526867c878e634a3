// Runs `consentry audit` as a site owner's CI does: the CLI in a child process, its exit code and JSON
// report read back. Every host but the audited site is answered by the vendor fakes (e2e/fakes) or refused.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AuditReport } from '../../packages/audit/src/types';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const CLI = repo('packages/consentry/bin/consentry.mjs');

export interface AuditRun {
  code: number;
  report: AuditReport | undefined;
  stderr: string;
  /** Ids of the checks that failed. */
  failed: string[];
  evidence(id: string): string[];
}

/** `consentry audit <url> --json --route-vendors e2e/fakes/vendors.mjs ...args`, paths relative to the repository. */
export function runAudit(url: string, args: string[] = []): Promise<AuditRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'audit', url, '--json', '--route-vendors', repo('e2e/fakes/vendors.mjs'), ...args],
      { cwd: repo(''), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 2) : 0;
        const report = stdout.trim() ? (JSON.parse(stdout) as AuditReport) : undefined;
        const checks = report?.checks ?? [];
        resolve({
          code,
          report,
          stderr,
          failed: checks.filter((check) => check.status === 'fail').map((check) => check.id),
          evidence: (id) => checks.find((check) => check.id === id)?.evidence ?? [],
        });
      },
    );
  });
}

export const fixture = (name: string) => `e2e/fixtures/audit/${name}/consentry.audit.json`;
