// Plausible, on a fake of its script (its browser code is not on npm): e2e/fakes/scripts/plausible.js.
import { expect, test } from '../fakes/test';
import { consent, navigate } from './page';
import { atNextTick, keepActive, openNpmWith } from './npm-page';

const plausible = { id: 'plausible', vendor: 'plausible', category: 'analytics', domain: 'consentry.test' };
const events = (request: { path: string }) => request.path === '/api/event';

test('Accept all: the script loads with the site’s domain and Plausible receives the pageview, and one per navigation', async ({ page, vendors }) => {
  await openNpmWith(page, [plausible]);
  expect(vendors.requestsTo('plausible')).toEqual([]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('plausible').filter(events).length).toBe(1);
  expect(JSON.parse(vendors.requestsTo('plausible').filter(events)[0]!.body!)).toMatchObject({ n: 'pageview', d: 'consentry.test' });
  await navigate(page, '/e2e/fixtures/vendors/npm.html/pricing');
  await expect.poll(() => vendors.requestsTo('plausible').filter(events).length).toBe(2);
});

test('withdrawal sets plausible_ignore: nothing is sent from it on, navigations and events included, nor after a reload', async ({ page, vendors }) => {
  await openNpmWith(page, [plausible]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('plausible').filter(events).length).toBe(1);
  await keepActive(page);
  const address = page.url();
  const { time: withdrawn } = await atNextTick(page, 'rejectAll');
  await navigate(page, '/e2e/fixtures/vendors/npm.html/pricing');
  await page.evaluate(() => (window as unknown as { plausible(event: string): void }).plausible('Signup'));
  await page.waitForTimeout(500);
  expect(vendors.requestsTo('plausible', withdrawn)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('plausible_ignore'))).toBe('true');
  expect((await vendors.cookies()).map((cookie) => cookie.name)).not.toContain(expect.stringMatching(/plausible/));

  await page.goto(address);
  await page.waitForFunction(() => 'consentry' in window);
  await page.waitForTimeout(500);
  expect(vendors.requestsTo('plausible', withdrawn)).toEqual([]);
  expect(await page.evaluate(() => 'plausible' in window)).toBe(false);
});
