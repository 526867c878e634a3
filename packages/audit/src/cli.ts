/** `consentry audit <url>`: the command line around `audit()`. Returns the exit code: 0 all hold, 1 a check failed, 2 could not run. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { audit } from './audit';
import { parseAuditConfig, readJsonFile } from './audit-config/load';
import { exitCode, formatJunit, formatMarkdown, formatSummary } from './report';
import { AuditSetupError, type RequestRouter } from './types';

export const USAGE = `usage: consentry audit <url> [options]

Visits the site in Chromium as new visitors do and checks its consent promises: nothing before a choice,
Reject all holds, Accept all starts each service, withdrawal stops them, zones reach no third party.

  --config FILE        the Consentry config (default: the page's <script id="consentry-config"> block)
  --audit-config FILE  pages, zones, login, tracker hosts, severities (default: ./consentry.audit.json if present)
  --json               print the report as JSON instead of the summary
  --junit FILE         also write a JUnit XML report (one test case per check)
  --markdown FILE      also write a Markdown report
  --route-vendors MOD  answer every other host with MOD's answerVendorRequest(url, origin) (tests: no network)
  -h, --help           this text

Browser: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's (npx playwright install chromium).
Exit codes: 0 every check holds, 1 a check failed, 2 the audit could not run.`;

async function loadRouter(module: string): Promise<RequestRouter> {
  const loaded = await import(pathToFileURL(resolve(module)).href).catch((error: Error) => {
    throw new AuditSetupError(`cannot load --route-vendors ${module}: ${error.message}`);
  });
  if (typeof loaded.answerVendorRequest !== 'function') throw new AuditSetupError(`--route-vendors ${module} exports no answerVendorRequest(url, origin)`);
  return loaded.answerVendorRequest;
}

export async function main(argv: string[], log: { out(text: string): void; err(text: string): void } = { out: console.log, err: console.error }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        'audit-config': { type: 'string' },
        json: { type: 'boolean', default: false },
        junit: { type: 'string' },
        markdown: { type: 'string' },
        'route-vendors': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    log.err(`consentry audit: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    log.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    log.err(USAGE);
    return 2;
  }
  try {
    const auditFile = values['audit-config'] ?? (existsSync('consentry.audit.json') ? 'consentry.audit.json' : undefined);
    const report = await audit({
      url: positionals[0]!,
      config: values.config ? await readJsonFile(values.config, 'config') : undefined,
      audit: auditFile ? parseAuditConfig(await readJsonFile(auditFile, 'audit config'), auditFile) : undefined,
      routeRequests: values['route-vendors'] ? await loadRouter(values['route-vendors']) : undefined,
      progress: (line) => log.err(line),
    });
    if (values.junit) await writeFile(values.junit, formatJunit(report));
    if (values.markdown) await writeFile(values.markdown, formatMarkdown(report));
    log.out(values.json ? JSON.stringify(report, null, 2) : formatSummary(report));
    return exitCode(report);
  } catch (error) {
    // Whatever stopped it, the audit did not run to the end: that is no verdict on the site.
    log.err(`consentry audit: ${error instanceof AuditSetupError ? error.message : `could not finish: ${(error as Error).stack ?? error}`}`);
    return 2;
  }
}
