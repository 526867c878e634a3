// The two examples keep every promise they make, as `consentry audit` sees them from a browser.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startExamples } from '../../examples/server/examples.mjs';
import { runAudit } from './run-audit';

let examples: Awaited<ReturnType<typeof startExamples>>;
test.beforeAll(async () => {
  examples = await startExamples({ simulateVendors: false });
});
test.afterAll(() => examples.close());
// Whole-site runs with timed windows: on a loaded machine a run that fails is tried again.
test.describe.configure({ timeout: 180_000, retries: 2 });

test('the marketing site passes the audit, and its JUnit report lists every check', async ({}, testInfo) => {
  const junit = testInfo.outputPath('consentry-audit.junit.xml');
  const markdown = testInfo.outputPath('consentry-audit.md');
  const run = await runAudit(`http://localhost:${examples.marketing}/`, ['--audit-config', 'e2e/audit/marketing.audit.json', '--junit', junit, '--markdown', markdown]);
  // Kept with the test's results, where CI shows each check of the audit.
  await testInfo.attach('consentry-audit.junit.xml', { path: junit, contentType: 'application/xml' });
  await testInfo.attach('consentry-audit.md', { path: markdown, contentType: 'text/markdown' });
  expect(run.failed, run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  const ran = run.report!.checks.filter((check) => check.status === 'pass').map((check) => check.id);
  // Opt-in with a zone: everything but the opt-out phase runs.
  expect(ran).toEqual(expect.arrayContaining(['first-visit-no-trackers', 'first-visit-banner', 'reject-no-trackers', 'accept-services-load', 'withdrawal-no-trackers', 'zone-direct', 'zone-navigation', 'zone-csp-header', 'declared-cookies']));
  expect(run.evidence('accept-services-load')).toEqual(['clarity, ga4: each contacted its vendor']);
  const xml = await readFile(junit, 'utf8');
  expect(xml).toContain('<testsuites name="consentry audit');
  expect(xml.match(/<testcase /g)).toHaveLength(run.report!.checks.length);
  expect(xml).not.toContain('<failure');
});

test('the SPA dashboard passes the audit, its zone entered by a router link and by pushState, and under opt-out with GPC', async () => {
  const run = await runAudit(`http://localhost:${examples.spa}/`, ['--config', 'examples/spa-dashboard/src/consentry.config.json', '--audit-config', 'e2e/audit/spa.audit.json']);
  expect(run.failed, run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.report!.checks.filter((check) => check.status === 'skip')).toEqual([]);
  expect(run.evidence('accept-services-load')).toEqual(['mixpanel, hotjar: each contacted its vendor']);
});

test('a site that does not answer cannot be audited: exit 2, and the message names the address', async () => {
  const run = await runAudit('http://localhost:9/');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/cannot load http:\/\/localhost:9\//);
});

test('a page without a Consentry config block and no --config cannot be audited: exit 2', async () => {
  const run = await runAudit(`http://localhost:${examples.spa}/`);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/no <script type="application\/json" id="consentry-config">.*--config/);
});
