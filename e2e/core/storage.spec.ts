import { expect, test, type Page } from '@playwright/test';

const config = (changes: object = {}) => ({
  revision: '2026-03',
  categories: { analytics: { label: 'Analytics' }, marketing: { label: 'Marketing' } },
  ...changes,
});
const open = async (page: Page, changes: object = {}) => {
  await page.goto(`/e2e/fixtures/core/page.html?config=${encodeURIComponent(JSON.stringify(config(changes)))}`);
  await page.waitForFunction(() => 'consentry' in window || 'failure' in window);
};
const state = (page: Page) => page.evaluate(() => (window as any).consentry.get());

test('a choice made in one tab reaches the other open tabs', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await open(first);
  await open(second);
  await first.evaluate(() => (window as any).consentry.set({ analytics: true }));
  await expect.poll(() => second.evaluate(() => (window as any).changes)).toEqual(['custom']);
  expect((await state(second)).categories).toMatchObject({ analytics: true, marketing: false });
});

test('the cookie store shares the choice with a subdomain through storage.domain', async ({ page }) => {
  await open(page, { storage: { type: 'cookie', domain: 'consentry.test' } });
  await page.evaluate(() => (window as any).consentry.acceptAll());
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'consentry')!;
  expect(cookie).toMatchObject({ domain: '.consentry.test', sameSite: 'Lax', secure: false });
  expect((cookie.expires * 1000 - Date.now()) / 86_400_000).toBeCloseTo(182, 0);

  await page.goto(page.url().replace('www.consentry.test', 'app.consentry.test'));
  await page.waitForFunction(() => 'consentry' in window);
  expect(await state(page)).toMatchObject({ decided: true, method: 'accept-all' });
});

test('an invalid config throws a message naming the field, and nothing is stored', async ({ page }) => {
  await open(page, { regime: 'gdpr', categories: { analytics: {} } });
  expect(await page.evaluate(() => (window as any).failure)).toBe(
    'Consentry: invalid config\n- categories.analytics.label: required\n- regime: expected one of "opt-in", "opt-out", "auto"',
  );
  expect(await page.evaluate(() => localStorage.length + document.cookie.length)).toBe(0);
});

test('Global Privacy Control keeps marketing off even after accept all', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await open(page);
  await page.evaluate(() => (window as any).consentry.acceptAll());
  expect(await state(page)).toMatchObject({ gpc: true, categories: { analytics: true, marketing: false } });
});

test('Global Privacy Control under opt-out is a decision of its own: one "gpc" record per consent id, then the visitor may still choose', async ({ page }) => {
  const records: any[] = [];
  await page.route('**/consent-log', async (route) => {
    records.push(JSON.parse(route.request().postData() ?? 'null'));
    await route.fulfill({ status: 204 });
  });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await open(page, { regime: 'opt-out', record: { endpoint: '/consent-log' } });
  await expect.poll(() => records.length).toBe(1);
  expect(records[0]).toMatchObject({ method: 'gpc', regime: 'opt-out', gpc: true, categories: { analytics: true, marketing: false } });
  expect(await state(page)).toMatchObject({ decided: false, method: 'gpc', id: records[0].id });

  // A reload sends nothing more for this consent id; the visitor's click afterwards is recorded under it.
  await page.reload();
  await page.waitForFunction(() => 'consentry' in window);
  await page.evaluate(() => (window as any).consentry.rejectAll());
  await expect.poll(() => records.length).toBe(2);
  expect(records.map((record) => [record.method, record.id])).toEqual([['gpc', records[0].id], ['reject-all', records[0].id]]);
});

test('the proof-of-consent request carries neither the page\'s query string in its Referer nor the site\'s cookies', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'session', value: 'secret', url: baseURL! }]);
  const seen: Record<string, string>[] = [];
  await page.route('**/consent-log', async (route) => {
    seen.push(await route.request().allHeaders());
    await route.fulfill({ status: 204 });
  });
  await open(page, { record: { endpoint: '/consent-log' } });
  expect(page.url()).toContain('?config=');
  await page.evaluate(() => (window as any).consentry.set({ analytics: true }));
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]!.referer).toBe(`${new URL(baseURL!).origin}/`);
  expect(seen[0]!.cookie).toBeUndefined();
});

test('the proof-of-consent record reaches the endpoint once per decision, with no query string', async ({ page }) => {
  const records: any[] = [];
  await page.route('**/consent-log', async (route) => {
    records.push(JSON.parse(route.request().postData() ?? 'null'));
    await route.fulfill({ status: 204 });
  });
  await open(page, { record: { endpoint: '/consent-log' } });
  await page.evaluate(() => (window as any).consentry.set({ analytics: true }));
  await expect.poll(() => records.length).toBe(1);
  expect(records[0]).toMatchObject({ method: 'custom', revision: '2026-03', path: '/e2e/fixtures/core/page.html', categories: { analytics: true } });
  expect(JSON.stringify(records[0])).not.toContain('config');

  // A later page of the site: receipt() is still the record that was sent, path included.
  await page.goto('/e2e/fixtures/core/gating.html');
  await page.waitForFunction(() => 'consentry' in window);
  expect(await page.evaluate(() => (window as any).consentry.receipt())).toEqual(records[0]);
});
