// Sites that each break one promise: the audit fails exactly the matching check, with the evidence line
// that shows it, and exits 1.
import { expect, test } from '@playwright/test';
import { SITE_PORT } from '../chromium';
import { fixture, runAudit } from './run-audit';

const site = (name: string) => `http://127.0.0.1:${SITE_PORT}/e2e/fixtures/audit/${name}/`;
// Each run drives a whole site through timed windows; on a loaded machine a request may straddle a window's
// edge (a fixture's tracker pinging on its own timer), so a run that fails is tried again.
test.describe.configure({ timeout: 120_000, retries: 2 });

const cases = [
  { name: 'gtag-before-consent', check: 'first-visit-no-trackers', evidence: /^GET https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-FIXTURE0001 \(from .*gtag-before-consent\/\)$/ },
  { name: 'reject-leaves-tracker', check: 'reject-no-trackers', evidence: /^POST https:\/\/region1\.google-analytics\.com\/g\/collect\?v=2&tid=G-FIXTURE0002.*gcs=G100/ },
  { name: 'zone-widget', check: 'zone-direct', evidence: /^GET https:\/\/cdn\.charts-unknown\.example\/chart\.js \(from .*zone-widget\/dashboard\/\)$/ },
  { name: 'spa-zone', check: 'zone-navigation', evidence: /^POST https:\/\/\w\.clarity\.ms\/collect \(from .*spa-zone\/app\)$/ },
  { name: 'undeclared-cookie', check: 'declared-cookies', evidence: /^cookie ab_variant: declared by no service, set by script .*undeclared-cookie\/ab-test\.js$/ },
];

for (const { name, check, evidence } of cases) {
  test(`${name}: only ${check} fails, with its evidence`, async () => {
    const run = await runAudit(site(name), ['--audit-config', fixture(name)]);
    expect(run.failed, run.stderr).toEqual([check]);
    expect(run.evidence(check)).toContainEqual(expect.stringMatching(evidence));
    expect(run.code).toBe(1);
  });
}

test('a check set to "warning" reports its evidence without failing the audit', async () => {
  const run = await runAudit(site('undeclared-cookie'), ['--audit-config', 'e2e/fixtures/audit/undeclared-cookie/as-warning.audit.json']);
  expect(run.failed).toEqual([]);
  expect(run.report!.checks.find((result) => result.id === 'declared-cookies')).toMatchObject({ status: 'warn', evidence: [expect.stringMatching(/^cookie ab_variant/)] });
  expect(run.code).toBe(0);
});

test('another banner (vanilla-cookieconsent) is audited too: its buttons and preferences are found, and gtag.js in plain markup fails', async () => {
  const run = await runAudit(site('peer-banner'), ['--config', 'e2e/fixtures/audit/peer-banner/consentry.config.json', '--audit-config', fixture('peer-banner')]);
  // Loaded by the markup on every page view, whatever the choice: before it and after Reject all alike.
  expect(run.failed, run.stderr).toEqual(['first-visit-no-trackers', 'reject-no-trackers']);
  expect(run.evidence('first-visit-no-trackers')).toEqual([expect.stringMatching(/^GET https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-FIXTURE0003 /)]);
  const statuses = Object.fromEntries(run.report!.checks.map((check) => [check.id, check.status]));
  expect(statuses).toMatchObject({ 'first-visit-banner': 'pass', 'withdrawal-no-trackers': 'pass', 'declared-cookies': 'pass' });
});
