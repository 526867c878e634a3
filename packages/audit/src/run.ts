/** What every phase shares: the browser, the site's config, the audit config, and how to make a fresh visitor. */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { Results } from './checks/results';
import { declaredNames, hostMatcher, trackerHosts, type Declared } from './footprint';
import { recordContext, siteHosts, type Recorder } from './recorder';
import type { SiteConfig } from './site-config';
import { AuditSetupError, type AuditConfig, type RequestRouter } from './types';

export interface Texts {
  acceptAll: string;
  rejectAll: string;
  doNotSell: string;
  preferences: string;
}

/** Consentry's English texts (packages/ui i18n): what its banner and the examples show. */
const DEFAULT_TEXTS: Texts = {
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  preferences: 'Cookie settings',
};

export interface VisitorOptions {
  /** Sends Global Privacy Control: `navigator.globalPrivacyControl` and the `Sec-GPC: 1` header. */
  gpc?: boolean;
  /** A time zone of a US opt-out state, for `regime: "auto"` without a server hint. */
  timezoneId?: string;
  /** Signed in with the audit config's `login`. */
  login?: boolean;
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  recorder: Recorder;
  /** Loads a page and fails the audit setup when it does not answer. */
  visit(url: string): Promise<void>;
  /** Every cookie in the jar, and the storage keys of the page's origin (`localStorage.consentry`). */
  storage(): Promise<string[]>;
  /** Cookie names in the jar, kept for the cookie declaration check. */
  cookieNames(): Promise<string[]>;
}

export interface Run {
  site: SiteConfig;
  audit: AuditConfig;
  baseUrl: string;
  pages: string[];
  windowMs: number;
  texts: Texts;
  results: Results;
  isTracker: (url: string) => boolean;
  declared: Declared;
  progress: (line: string) => void;
  visitor(options?: VisitorOptions): Promise<Visitor>;
  /** Cookie names seen in any visitor's jar, with who set them. */
  cookiesSeen: Map<string, string | undefined>;
  closeAll(): Promise<void>;
}

const OPT_IN_TIME_ZONE = 'Europe/Paris';

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loginState(audit: AuditConfig): Promise<Partial<BrowserContextOptions>> {
  const login = audit.login;
  if (!login?.storageState) return {};
  try {
    return { storageState: JSON.parse(await readFile(login.storageState, 'utf8')) };
  } catch (error) {
    throw new AuditSetupError(`cannot read login.storageState ${login.storageState}: ${(error as Error).message}`);
  }
}

export function createRun(browser: Browser, input: { site: SiteConfig; audit: AuditConfig; baseUrl: string; route?: RequestRouter; progress: (line: string) => void }): Run {
  const { site, audit, baseUrl, route, progress } = input;
  const contexts: BrowserContext[] = [];
  const localHosts = siteHosts(baseUrl);
  const cookiesSeen = new Map<string, string | undefined>();

  async function visitor(options: VisitorOptions = {}): Promise<Visitor> {
    const timezoneId = options.timezoneId ?? (site.regime === 'auto' ? OPT_IN_TIME_ZONE : undefined);
    const context = await browser.newContext({
      // A fresh visitor, and every request seen: a service worker would answer some out of sight.
      serviceWorkers: 'block',
      // Under `regime: "auto"` without a server hint the time zone decides: the opt-in phases are run from
      // the EU, the opt-out ones from a US state with an opt-out law.
      ...(timezoneId ? { timezoneId } : {}),
      ...(options.gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
      ...(options.login ? await loginState(audit) : {}),
    });
    contexts.push(context);
    if (options.gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    if (options.login && audit.login?.cookies) {
      await context.addCookies(audit.login.cookies.map((cookie) => ({ path: '/', ...cookie, domain: cookie.domain ?? new URL(baseUrl).hostname })));
    }
    const recorder = await recordContext(context, { route, localHosts });
    const page = await context.newPage();
    const cookieNames = async () => {
      const names = (await context.cookies()).map((cookie) => cookie.name);
      for (const name of names) if (!cookiesSeen.has(name)) cookiesSeen.set(name, recorder.cookieWrites.find((write) => write.name === name)?.setBy);
      return names;
    };
    return {
      context,
      page,
      recorder,
      async visit(url) {
        progress(`  page ${url}`);
        const response = await page.goto(url, { waitUntil: 'load' }).catch((error: Error) => {
          throw new AuditSetupError(`cannot load ${url}: ${error.message.split('\n')[0]}`);
        });
        if (response && response.status() >= 400) throw new AuditSetupError(`${url} answered ${response.status()}`);
      },
      async storage() {
        const keys = await page
          .evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
          .catch(() => [] as string[]);
        return [...(await cookieNames()).map((name) => `cookie ${name}`), ...keys.map((key) => `storage ${key}`)];
      },
      cookieNames,
    };
  }

  const isTracker = hostMatcher(trackerHosts(site, audit.trackerHosts));
  const pages = (audit.pages?.length ? audit.pages : [baseUrl]).map((page) => new URL(page, baseUrl).href);
  return {
    site,
    audit,
    baseUrl,
    pages,
    windowMs: audit.windowMs ?? 5000,
    texts: { ...DEFAULT_TEXTS, ...audit.texts },
    results: new Results(audit.checks),
    isTracker,
    declared: declaredNames(site),
    progress,
    visitor,
    cookiesSeen,
    closeAll: async () => void (await Promise.all(contexts.map((context) => context.close().catch(() => undefined)))),
  };
}

/** The storage entries (`cookie _ga`, `storage _cltk`) that the config does not declare necessary. */
export const undeclaredBeforeChoice = (run: Run, entries: string[]) =>
  entries.filter((entry) => !run.declared.necessary(entry.replace(/^\w+ /, '')));
