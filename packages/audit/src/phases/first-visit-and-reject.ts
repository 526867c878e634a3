/**
 * Phases 1 and 2, one visitor: the first visit with no choice made, then Reject all on the banner, over
 * every page and after a reload.
 */
import { prominenceProblems, visibleButton } from '../banner';
import { firstLines, requestLine } from '../evidence';
import { undeclaredBeforeChoice, wait, type Run } from '../run';

export async function firstVisitAndReject(run: Run): Promise<void> {
  const { results, texts, pages } = run;
  const first = pages[0]!;
  run.progress('First visit: no choice made');
  const visitor = await run.visitor();
  await visitor.visit(first);
  await wait(run.windowMs);
  for (const page of pages.slice(1)) {
    await visitor.visit(page);
    await wait(Math.min(run.windowMs, 2000));
  }
  const beforeChoice = visitor.recorder.requestsSince(0, run.isTracker);
  results.report('first-visit-no-trackers', firstLines(beforeChoice.map(requestLine)), `${visitor.recorder.requests.length} requests on ${pages.length} page(s), none to a tracker host`);
  const stored = await visitor.storage();
  results.report(
    'first-visit-storage',
    undeclaredBeforeChoice(run, stored).map((entry) => `${entry}: not declared necessary`),
    `${stored.length} cookie(s) and storage key(s), all declared necessary`,
  );

  await visitor.visit(first);
  const accept = await visibleButton(visitor.page, texts.acceptAll);
  const reject = await visibleButton(visitor.page, texts.rejectAll);
  const missing = [!accept && `no visible "${texts.acceptAll}" button on ${first}`, !reject && `no visible "${texts.rejectAll}" button on ${first}`].filter(
    (line): line is string => !!line,
  );
  // Under opt-out the banner is a notice (see the opt-out phase): only an opt-in banner must offer both.
  if (run.site.regime !== 'opt-out') {
    const unequal = accept && reject ? await prominenceProblems(accept, reject, { accept: texts.acceptAll, reject: texts.rejectAll }) : [];
    results.report('first-visit-banner', [...missing, ...unequal], `"${texts.acceptAll}" and "${texts.rejectAll}" shown, same size and colours`);
  } else {
    results.skip('first-visit-banner', `regime ${run.site.regime}: no opt-in banner to check`);
  }
  await visitor.cookieNames();
  if (!reject) {
    results.skip('reject-no-trackers', `no "${texts.rejectAll}" button to press`);
    results.skip('reject-storage', `no "${texts.rejectAll}" button to press`);
    return;
  }

  run.progress(`Reject all: ${pages.length} page(s) and a reload`);
  // Taken before the click: what the click itself sets off comes after the choice.
  const rejected = Date.now();
  await reject.click();
  await wait(run.windowMs);
  for (const page of pages) {
    await visitor.visit(page);
    await wait(Math.min(run.windowMs, 2000));
  }
  await visitor.page.reload({ waitUntil: 'load' });
  await wait(Math.min(run.windowMs, 2000));
  const afterReject = visitor.recorder.requestsSince(rejected, run.isTracker);
  results.report('reject-no-trackers', firstLines(afterReject.map(requestLine)), `no request to a tracker host on ${pages.length} page(s) and after a reload`);
  const storedAfter = await visitor.storage();
  results.report(
    'reject-storage',
    undeclaredBeforeChoice(run, storedAfter).map((entry) => `${entry}: not declared necessary, still there after Reject all`),
    `${storedAfter.length} cookie(s) and storage key(s), all declared necessary`,
  );
}
