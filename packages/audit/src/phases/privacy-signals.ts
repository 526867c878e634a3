/**
 * Phase 6, where the config has an opt-out regime (`opt-out`, or `auto`, decided here by a US time zone):
 * Global Privacy Control, and the "Do Not Sell or Share" control. California (11 CCR 7025) requires GPC
 * to be honoured as an opt-out of sale and sharing, so a sharing service must not start under it.
 */
import { visibleButton } from '../banner';
import { firstLines, requestLine } from '../evidence';
import { footprintOf, hostMatcher } from '../footprint';
import { wait, type Run } from '../run';

/** A state with an opt-out privacy law, for `regime: "auto"` without a server hint (packages/core signals/regime.ts). */
const OPT_OUT_TIME_ZONE = 'America/Los_Angeles';

export async function privacySignals(run: Run): Promise<void> {
  const { results, site, texts } = run;
  if (site.regime === 'opt-in') {
    results.skip('gpc-no-sharing', 'regime opt-in: nothing runs before consent, which the first visit checks');
    results.skip('opt-out-do-not-sell', 'regime opt-in');
    return;
  }
  const timezoneId = site.regime === 'auto' ? OPT_OUT_TIME_ZONE : undefined;
  const sharing = site.services.filter((service) => site.sharingCategories.includes(service.category));
  const reachesSharing = hostMatcher(sharing.flatMap((service) => footprintOf(service).hosts));
  const sharingText = sharing.length ? sharing.map((service) => service.id).join(', ') : 'no service of a sharing category';

  run.progress(`Global Privacy Control${timezoneId ? ` (time zone ${timezoneId})` : ''}`);
  const withGpc = await run.visitor({ gpc: true, timezoneId });
  for (const page of run.pages) {
    await withGpc.visit(page);
    await wait(Math.min(run.windowMs, 2000));
  }
  await wait(run.windowMs);
  const shared = withGpc.recorder.requestsSince(0, reachesSharing);
  results.report('gpc-no-sharing', firstLines(shared.map(requestLine)), `${sharingText}: not contacted with GPC on`);
  await withGpc.cookieNames();

  run.progress('Opt-out: Do Not Sell or Share');
  const visitor = await run.visitor({ timezoneId });
  await visitor.visit(run.pages[0]!);
  const doNotSell = await visibleButton(visitor.page, texts.doNotSell);
  if (!doNotSell) {
    results.report('opt-out-do-not-sell', [`no visible "${texts.doNotSell}" control on ${run.pages[0]}`], '');
    return;
  }
  const optedOut = Date.now();
  await doNotSell.click();
  for (const page of run.pages) {
    await visitor.visit(page);
    await wait(Math.min(run.windowMs, 2000));
  }
  await wait(run.windowMs);
  const after = visitor.recorder.requestsSince(optedOut, reachesSharing);
  results.report('opt-out-do-not-sell', firstLines(after.map(requestLine)), `"${texts.doNotSell}" shown; ${sharingText}: not contacted after it`);
  await visitor.cookieNames();
}
