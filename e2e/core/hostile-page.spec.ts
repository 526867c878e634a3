// A hostile page before the bundle: clobbered globals and broken built-ins must never leave a tracker
// running without a way to withdraw. Either Consentry comes fully up, or nothing starts.
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import type { FakeVendors } from '../fakes';

const PAGE = '/e2e/fixtures/hostile/page.html';
const preferences = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });

/** Accepts on a clean load, so that the next load finds stored consent and starts Clarity at once. */
async function storeAcceptAll(page: Page, vendors: FakeVendors) {
  await page.goto(PAGE);
  await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('clarity').filter((request) => request.path === '/collect').length).toBeGreaterThan(0);
}

test('`dataLayer` and `gtag` clobbered by elements: Consentry comes up, Clarity runs, withdrawal and the zone work', async ({ page, vendors }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await storeAcceptAll(page, vendors);
  await page.reload();
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  expect(await page.evaluate(() => typeof (window as unknown as { Consentry: { showPreferences?: unknown } }).Consentry.showPreferences)).toBe('function');
  // The way to withdraw is there.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(preferences(page).getByRole('button', { name: 'Reject all' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The zone is entered in place ("block"): nothing reaches Clarity from then on.
  const entered = await page.evaluate(() => {
    const at = Date.now();
    history.pushState({}, '', '/e2e/fixtures/hostile/dashboard/');
    return at;
  });
  await page.waitForTimeout(1500);
  expect(vendors.requestsTo('clarity', entered)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a throwing Object.defineProperty: nothing starts, the page keeps working, and the failure is reported', async ({ page, vendors }) => {
  await storeAcceptAll(page, vendors);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const loaded = Date.now();
  await page.goto(`${PAGE}?defineProperty=throw`);
  await page.waitForTimeout(2000);
  expect(vendors.requestsTo(/./, loaded)).toEqual([]);
  expect(errors.filter((text) => text.startsWith('uncaught'))).toEqual([]);
  expect(errors.some((text) => text.startsWith('Consentry:'))).toBe(true);
  await expect(preferences(page)).toHaveCount(0);
});

test('two copies of the script tag: one controller, one banner, and a refusal stops Clarity and deletes its cookies', async ({ page, vendors }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/e2e/fixtures/hostile/two-copies.html');
  await expect(page.locator('consentry-ui')).toHaveCount(1);
  await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors.requestsTo('clarity').filter((request) => request.path === '/collect').length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toHaveCount(1);
  await page.evaluate(() => window.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = Date.now()), { capture: true, once: true }));
  await preferences(page).getByRole('button', { name: 'Reject all' }).click();
  const withdrawn = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  await page.waitForTimeout(2000);
  expect(vendors.requestsTo('clarity', withdrawn)).toEqual([]);
  expect((await vendors.cookies()).filter((cookie) => cookie.name.startsWith('_cl'))).toEqual([]);
  expect(warnings.some((text) => /more than once/.test(text))).toBe(true);
});

test('cookie tossing: a choice cookie a sibling subdomain set on the parent domain is no consent ("both")', async ({ page, context, vendors }) => {
  const both = `${PAGE}?${new URLSearchParams({ config: JSON.stringify({ storage: { type: 'both' } }) })}`;
  // A real accept-all record, as the attacker's own visit stored it.
  await page.goto(both);
  await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  const record = await page.evaluate(() => localStorage.getItem('consentry'));
  expect(record).toBeTruthy();
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank'); // Clarity, started by that visit, sends its last upload as the page goes.
  await page.waitForTimeout(1000);
  await context.clearCookies();
  // blog.consentry.test writes it for the whole parent domain.
  await context.addCookies([{ name: 'consentry', value: encodeURIComponent(record!), domain: '.consentry.test', path: '/' }]);
  const tossed = Date.now();
  await page.goto(both);
  await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(vendors.requestsTo(/./, tossed)).toEqual([]);
});

test.describe('Trusted Types (require-trusted-types-for \'script\')', () => {
  const accept = (page: Page) => page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();

  test('with `trusted-types consentry`, what Consentry loads is trusted through its own policy', async ({ page, vendors }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/e2e/fixtures/hostile/trusted-types.html');
    await accept(page);
    await expect.poll(() => vendors.requestsTo('script').length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('where the page allows no consentry policy, nothing is thrown into the page and the refusal is reported', async ({ page, vendors }) => {
    const errors: string[] = [];
    const reported: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && reported.push(message.text()));
    await page.goto('/e2e/fixtures/hostile/trusted-types.html?policy=none');
    await accept(page);
    await expect.poll(() => reported.some((text) => text.startsWith('Consentry:'))).toBe(true);
    expect(errors).toEqual([]);
    expect(vendors.requestsTo('script')).toEqual([]);
  });
});

test('HTML injection does not become script: a gated script without the page nonce stays inert, the site\'s own run', async ({ page }) => {
  await page.goto('/e2e/fixtures/ui/banner.html');
  // Injected as user content would be: necessary is always granted, and the gate would give it the nonce.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<div><script type="text/plain" data-consent="necessary">window.injected = true</script></div>'),
  );
  await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? [])).toEqual(['analytics', 'marketing']);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected ?? false)).toBe(false);
});

test('Trusted Types: gated scripts the page cannot trust are reported, never thrown, and the gate goes on', async ({ page, vendors }) => {
  const errors: string[] = [];
  const reported: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && reported.push(message.text()));
  await page.goto('/e2e/fixtures/hostile/trusted-types.html');
  await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  // Both were tried in turn (the first refusal did not stall the queue), and the vendor still loaded.
  await expect.poll(() => reported.filter((text) => text.startsWith('Consentry: a gated script could not run')).length).toBe(2);
  await expect.poll(() => vendors.requestsTo('script').length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
