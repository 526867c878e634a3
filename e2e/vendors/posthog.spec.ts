// PostHog on posthog-js itself (its array.js served in place of us-assets.i.posthog.com).
import { expect, test } from '../fakes/test';
import { VENDOR_HOSTS } from '../fakes';
import { consent } from './page';
import { asVisitor, atNextTick, keepActive, openNpmWith, requestsStarted, storedMatching, traceRequests, VISITOR_USER_AGENT } from './npm-page';

const posthog = { id: 'posthog', vendor: 'posthog', category: 'analytics', token: 'phc_tok123' };
const events = (request: { host: string; method: string; path: string }) => request.host === 'us.i.posthog.com' && request.method === 'POST' && request.path.startsWith('/e');
const FOOTPRINT = /^(ph_phc_tok123_|__ph_opt_in_out_phc_tok123$)/;
const NOTHING = { local: [], session: [], cookies: [] };

test.use({ userAgent: VISITOR_USER_AGENT });
test.beforeEach(async ({ context }) => {
  await asVisitor(context);
  await traceRequests(context);
});

test('Accept all: array.js loads opted out, is opted in, and PostHog receives events', async ({ page, vendors }) => {
  await openNpmWith(page, [posthog]);
  expect(vendors.requestsTo('posthog')).toEqual([]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('posthog').filter(events).length).toBeGreaterThan(0);
  expect(vendors.requestsTo('posthog')[0]!.url.href).toBe('https://us-assets.i.posthog.com/static/array.js');
  expect(await page.evaluate(() => (window as unknown as { posthog: { has_opted_in_capturing(): boolean } }).posthog.has_opted_in_capturing())).toBe(true);
  expect((await storedMatching(page, FOOTPRINT)).local).toContain('ph_phc_tok123_posthog');
});

test('withdrawal: from the moment of it no request starts to PostHog, its cookies and keys are gone, and it stays so after a reload', async ({ page, vendors }) => {
  await openNpmWith(page, [posthog]);
  await consent(page, 'acceptAll');
  await keepActive(page);
  await expect.poll(() => vendors.requestsTo('posthog').filter(events).length).toBeGreaterThan(3);
  const withdrawn = (await atNextTick(page, 'rejectAll')).moment;
  // Clicks and site events keep coming, for longer than PostHog's 3 s flush of batched events.
  await page.waitForTimeout(3500);
  const started = await requestsStarted(page, VENDOR_HOSTS.posthog, withdrawn);
  expect(started.after).toEqual([]);
  // Every request PostHog's hosts received is one of those started before the withdrawal.
  expect(vendors.requestsTo('posthog')).toHaveLength(started.before.length);
  expect(await storedMatching(page, FOOTPRINT)).toEqual(NOTHING);
  expect(await page.evaluate(() => (window as unknown as { posthog: { has_opted_out_capturing(): boolean } }).posthog.has_opted_out_capturing())).toBe(true);

  await page.reload();
  await page.waitForFunction(() => 'consentry' in window);
  await keepActive(page);
  await page.waitForTimeout(1000);
  expect(vendors.requestsTo('posthog')).toHaveLength(started.before.length);
  expect(await storedMatching(page, FOOTPRINT)).toEqual(NOTHING);
});
