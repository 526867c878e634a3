/**
 * Phases 3 and 4, one visitor: Accept all, then every configured service must contact its vendor; then
 * withdrawal through the preferences, after which nothing reaches a tracker and optional cookies are gone.
 */
import { visibleButton } from '../banner';
import { firstLines, requestLine } from '../evidence';
import { footprintOf, hostMatcher } from '../footprint';
import { wait, type Run } from '../run';

export async function acceptAndWithdraw(run: Run): Promise<void> {
  const { results, texts, pages } = run;
  run.progress('Accept all');
  const visitor = await run.visitor();
  await visitor.visit(pages[0]!);
  const accept = await visibleButton(visitor.page, texts.acceptAll);
  if (!accept) {
    for (const id of ['accept-services-load', 'withdrawal-no-trackers', 'withdrawal-cookies-deleted'] as const) results.skip(id, `no "${texts.acceptAll}" button to press`);
    return;
  }
  const accepted = Date.now();
  await accept.click();
  await wait(run.windowMs);
  for (const page of pages.slice(1)) {
    await visitor.visit(page);
    await wait(Math.min(run.windowMs, 2000));
  }
  const silent = run.site.services.flatMap((service) => {
    const { hosts } = footprintOf(service);
    if (!hosts.length) return []; // A custom service that names no host: nothing to look for.
    const reaches = hostMatcher(hosts);
    return visitor.recorder.requestsSince(accepted, reaches).length ? [] : [`${service.id} (${service.vendor}): no request to ${hosts.join(', ')} after Accept all`];
  });
  const named = run.site.services.filter((service) => footprintOf(service).hosts.length);
  results.report('accept-services-load', silent, named.length ? `${named.map((service) => service.id).join(', ')}: each contacted its vendor` : 'no configured service names a host to look for');
  await visitor.cookieNames();

  run.progress('Withdrawal through the preferences');
  const opener = visitor.page.getByText(texts.preferences, { exact: true }).first();
  const opened = await opener.click({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  const dialog = visitor.page.getByRole('dialog');
  const rejectInDialog = opened ? await visibleButton(dialog, texts.rejectAll) : null;
  if (!rejectInDialog) {
    const why = opened ? `the preferences show no "${texts.rejectAll}" button` : `no "${texts.preferences}" control opens the preferences on ${visitor.page.url()}`;
    results.report('withdrawal-no-trackers', [why], '');
    results.skip('withdrawal-cookies-deleted', why);
    return;
  }
  // Before the click, as what it sets off counts; a beacon issued earlier is excused by its issue time.
  const withdrawn = Date.now();
  await rejectInDialog.click();
  // A vendor that cannot be stopped in place makes Consentry reload the page: let that happen first.
  await visitor.page.waitForLoadState('load');
  await wait(run.windowMs);
  const after = visitor.recorder.requestsSince(withdrawn, run.isTracker);
  results.report('withdrawal-no-trackers', firstLines(after.map(requestLine)), `no request to a tracker host for ${run.windowMs} ms after withdrawal`);
  const left = (await visitor.storage()).filter((entry) => run.declared.optional(entry.replace(/^\w+ /, '')));
  results.report('withdrawal-cookies-deleted', left.map((entry) => `${entry}: still there after withdrawal`), 'no cookie or storage key of an optional service left');
}
