// Segment on analytics.js 2.0 itself (@segment/analytics-next's standalone build, served in place of
// cdn.segment.com/analytics.js/v1/<writeKey>/analytics.min.js).
import { expect, test } from '../fakes/test';
import { consent } from './page';
import { keepActive, openNpmWith, reloadingCall, storedMatching } from './npm-page';

const segment = { id: 'segment', vendor: 'segment', category: 'analytics', writeKey: 'wk123' };
const FOOTPRINT = /^(ajs_|persisted-queue:v1:)/;
const NOTHING = { local: [], session: [], cookies: [] };
const eventTime = (body: string | null) => {
  try {
    return Date.parse(JSON.parse(body ?? '').timestamp);
  } catch {
    return NaN;
  }
};

test('Accept all: analytics.js loads with its settings and Segment receives the page call and tracked events', async ({ page, vendors }) => {
  await openNpmWith(page, [segment]);
  expect(vendors.requestsTo('segment')).toEqual([]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('segment').map((request) => `${request.host}${request.path}`)).toEqual([
    'cdn.segment.com/analytics.js/v1/wk123/analytics.min.js',
    'cdn.segment.com/v1/projects/wk123/settings',
    'api.segment.io/v1/p',
  ]);
  await page.evaluate(() => (window as unknown as { analytics: { track(event: string): void } }).analytics.track('Signed up'));
  await expect.poll(() => vendors.requestsTo('segment').filter((request) => request.path === '/v1/t').length).toBe(1);
  expect((await storedMatching(page, FOOTPRINT)).cookies).toContain('ajs_anonymous_id');
});

test('withdrawal: nothing made from the moment of it reaches Segment, the page reloads without it, and its cookies and keys are gone', async ({ page, vendors }) => {
  await openNpmWith(page, [segment]);
  await consent(page, 'acceptAll');
  await keepActive(page);
  await expect.poll(() => vendors.requestsTo('segment').filter((request) => request.path === '/v1/t').length).toBeGreaterThan(3);
  // analytics.js has no runtime stop: the page reloads, refusing every other origin until it goes.
  const { time: withdrawn } = await reloadingCall(page, 'rejectAll');
  await keepActive(page);
  await page.waitForTimeout(1500);
  // Routed requests are recorded late on a busy machine: those recorded after the withdrawal carry events
  // made before it, each sent as it was made; nothing else (no script, no settings, no later event).
  const late = vendors.requestsTo('segment', withdrawn);
  expect(late.filter((request) => !(eventTime(request.body) < withdrawn)).map((request) => `${request.host}${request.path} ${request.body}`)).toEqual([]);
  expect(await page.evaluate(() => 'analytics' in window)).toBe(false);
  expect(await storedMatching(page, FOOTPRINT)).toEqual(NOTHING);
  expect(await vendors.cookies()).not.toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^ajs_/) }));
});
