import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { acceptAndWithdraw } from './phases/accept-and-withdraw';
import { cookieDeclaration } from './phases/cookie-declaration';
import { firstVisitAndReject } from './phases/first-visit-and-reject';
import { privacySignals } from './phases/privacy-signals';
import { zones } from './phases/zones';
import { createRun } from './run';
import { parseConfigBlock, readConfigBlock, siteConfig } from './site-config';
import { recordContext, siteHosts } from './recorder';
import { AuditSetupError, type AuditOptions, type AuditReport } from './types';

/** Loads the first page once, to know the site answers and to read its config block when no config is given. */
async function probe(browser: Browser, options: AuditOptions): Promise<unknown> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await recordContext(context, { route: options.routeRequests, localHosts: siteHosts(options.url) });
    const page = await context.newPage();
    const response = await page.goto(options.url, { waitUntil: 'domcontentloaded' }).catch((error: Error) => {
      throw new AuditSetupError(`cannot load ${options.url}: ${error.message.split('\n')[0]}`);
    });
    if (response && response.status() >= 400) throw new AuditSetupError(`${options.url} answered ${response.status()}`);
    if (options.config !== undefined) return options.config;
    const block = await readConfigBlock(page);
    if (block === null) {
      throw new AuditSetupError(`${options.url} has no <script type="application/json" id="consentry-config">: pass the config with --config consentry.config.json`);
    }
    return parseConfigBlock(block, options.url);
  } finally {
    await context.close();
  }
}

/**
 * Audits a site in Chromium: the first visit, Reject all, Accept all, withdrawal, the zones, the privacy
 * signals and the cookie declaration, each phase with a fresh visitor. Throws `AuditSetupError` when it
 * cannot run (no browser, site down, no or invalid config).
 */
export async function audit(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  try {
    new URL(options.url);
  } catch {
    throw new AuditSetupError(`"${options.url}" is not a URL: give the site's address, like https://www.example.com`);
  }
  const browser = await launchBrowser();
  try {
    progress(`Reading the Consentry config${options.config === undefined ? ` of ${options.url}` : ''}`);
    const input = await probe(browser, options);
    const site = siteConfig(input, options.config === undefined ? options.url : 'the config file');
    const run = createRun(browser, { site, audit: options.audit ?? {}, baseUrl: options.url, route: options.routeRequests, progress });
    try {
      await firstVisitAndReject(run);
      await acceptAndWithdraw(run);
      await zones(run);
      await privacySignals(run);
      cookieDeclaration(run);
    } finally {
      await run.closeAll();
    }
    return { url: options.url, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, checks: run.results.checks };
  } finally {
    await browser.close();
  }
}
