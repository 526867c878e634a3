/**
 * Phase 5: each zone page of the audit config, with consent given (so that trackers would run if the zone
 * let them), loaded directly and entered by client-side navigation from a public page.
 */
import { visibleButton } from '../banner';
import { firstLines, requestLine } from '../evidence';
import { wait, type Run, type Visitor } from '../run';
import type { AuditConfig } from '../types';
import { zoneAllows } from '../zone-rule';

type ZoneEntry = NonNullable<AuditConfig['zones']>[number];

/** A signed-in visitor who accepted everything on a public page, left on that page. */
async function acceptedVisitor(run: Run, from: string): Promise<Visitor> {
  const visitor = await run.visitor({ login: true });
  await visitor.visit(from);
  const accept = await visibleButton(visitor.page, run.texts.acceptAll);
  await accept?.click();
  // Long enough for the vendors to start, so that the zone has something to keep out.
  await wait(Math.min(run.windowMs, 2000));
  return visitor;
}

const zoneRequests = (run: Run, visitor: Visitor, zoneUrl: string, since: number) => {
  const allowed = zoneAllows(run.site.zoneAllow, zoneUrl);
  return visitor.recorder.requestsSince(since, (url) => !allowed(url));
};

/** Why a zone response's policy is missing or lets a tracker through, or nothing. */
function policyProblems(run: Run, url: string, policies: string[]): string[] {
  if (!policies.length) return [`${url}: no Content-Security-Policy header`];
  const sources = policies.flatMap((policy) => /(?:^|;)\s*default-src([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? []);
  if (!sources.length) return [`${url}: no default-src in ${policies.join(' | ')}`];
  const open = sources.filter((source) => source === '*' || /^(?:https?:)?$/.test(source) || run.isTracker(source.includes('//') ? source : `https://${source.replace(/^\*\./, '')}`));
  return open.length ? [`${url}: its policy allows ${open.join(' ')}`] : [];
}

async function direct(run: Run, zone: ZoneEntry, from: string, against: { direct: string[]; csp: string[] }) {
  const url = new URL(zone.page, run.baseUrl).href;
  const visitor = await acceptedVisitor(run, from);
  run.progress(`  zone ${url}, loaded directly`);
  // From the commit on, every request is the zone document's (the public page's last beacons are not).
  const response = await visitor.page.goto(url, { waitUntil: 'commit' });
  const loaded = Date.now();
  await visitor.page.waitForLoadState('load');
  await wait(run.windowMs);
  against.direct.push(...zoneRequests(run, visitor, url, loaded).map(requestLine));
  const policies = (await response?.headersArray())?.filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value) ?? [];
  against.csp.push(...policyProblems(run, url, policies));
}

async function navigation(run: Run, zone: ZoneEntry, from: string, against: string[]) {
  const visitor = await acceptedVisitor(run, from);
  const target = zone.pushState ?? zone.page;
  run.progress(`  zone ${target}, entered from ${from} by ${zone.link ? `the link "${zone.link}"` : 'pushState'}`);
  const left = visitor.page.url();
  if (zone.link) {
    const link = visitor.page.getByRole('link', { name: zone.link, exact: true }).first();
    if (!(await link.isVisible())) return void against.push(`no link "${zone.link}" on ${from}`);
    await link.click();
  } else {
    await visitor.page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, target);
  }
  // A zone with `onEnter: "reload"` reloads the page as it is entered, aborting the navigation waited for.
  await visitor.page.waitForURL((url) => url.href !== left, { waitUntil: 'commit' }).catch(() => undefined);
  const entered = Date.now();
  await visitor.page.waitForLoadState('load').catch(() => undefined);
  await wait(run.windowMs);
  against.push(...zoneRequests(run, visitor, new URL(target, run.baseUrl).href, entered).map(requestLine));
}

export async function zones(run: Run): Promise<void> {
  const { results } = run;
  const entries = run.audit.zones ?? [];
  if (!entries.length) {
    for (const id of ['zone-direct', 'zone-navigation', 'zone-csp-header'] as const) results.skip(id, 'no zone pages in the audit config (`zones`)');
    return;
  }
  run.progress(`Zones: ${entries.length} zone page(s)`);
  const against = { direct: [] as string[], csp: [] as string[], navigation: [] as string[] };
  for (const zone of entries) {
    const from = new URL(zone.from ?? run.pages[0]!, run.baseUrl).href;
    if (zone.direct !== false && (results.enabled('zone-direct') || results.enabled('zone-csp-header'))) await direct(run, zone, from, against);
    if ((zone.link || zone.pushState) && results.enabled('zone-navigation')) await navigation(run, zone, from, against.navigation);
  }
  const loadedDirectly = entries.filter((zone) => zone.direct !== false);
  const navigated = entries.filter((zone) => zone.link || zone.pushState);
  if (loadedDirectly.length) {
    results.report('zone-direct', firstLines(against.direct), `${loadedDirectly.map((zone) => zone.page).join(', ')}: no third-party host for ${run.windowMs} ms`);
    results.report('zone-csp-header', against.csp, `${loadedDirectly.map((zone) => zone.page).join(', ')}: zone policy header present`);
  } else {
    results.skip('zone-direct', 'every zone entry has `direct: false`');
    results.skip('zone-csp-header', 'every zone entry has `direct: false`');
  }
  if (navigated.length) results.report('zone-navigation', firstLines(against.navigation), `${navigated.map((zone) => zone.pushState ?? zone.page).join(', ')}: no third-party host for ${run.windowMs} ms after entering`);
  else results.skip('zone-navigation', 'no zone entry has a `link` or `pushState`');
}
