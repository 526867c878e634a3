// Clarity on its own code (clarity-js 0.8.70, uploads decoded by clarity-decode): strict masking as
// measured on what it uploads, the ads signal following marketing, and a consent granted again.
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { clarityPayloads } from '../fakes/clarity';
import type { FakeVendors } from '../fakes';
import { consent, keepActive, openWith } from './page';

const clarity = { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' };

test('strict masking: the root is masked and unmask attributes are removed, also ones added later', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('data-clarity-mask', 'true');
  await expect(page.getByLabel('Work email')).not.toHaveAttribute('data-clarity-unmask');
  await page.evaluate(() => {
    const late = document.createElement('p');
    late.innerHTML = '<span data-clarity-unmask="true">account number</span>';
    document.body.append(late);
    document.querySelector('input')!.setAttribute('data-clarity-unmask', 'true');
  });
  await expect(page.locator('[data-clarity-unmask]')).toHaveCount(0);
});

test('balanced masking leaves the page as the site wrote it', async ({ page, vendors }) => {
  await openWith(page, [{ ...clarity, masking: 'balanced' }]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('clarity').length).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-clarity-mask');
  await expect(page.getByLabel('Work email')).toHaveAttribute('data-clarity-unmask', 'true');
});

/** Every consent Clarity uploaded, as clarity-decode reads it (1 granted, 0 denied). */
const uploadedConsents = (vendors: FakeVendors, since = 0) =>
  clarityPayloads(vendors.requestsTo('clarity', since)).flatMap((payload) => payload.consent ?? []).map(({ data }) => ({ ad: data.ad_Storage, analytics: data.analytics_Storage }));
const set = (page: Page, choices: object) => page.evaluate((c) => (window as unknown as { consentry: { set(c: object): void } }).consentry.set(c), choices);

test('analytics without marketing: Clarity runs with ads storage denied', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await set(page, { analytics: true });
  await expect.poll(() => uploadedConsents(vendors)).toContainEqual({ ad: 0, analytics: 1 });
  expect(uploadedConsents(vendors)).not.toContainEqual(expect.objectContaining({ ad: 1 }));
});

test('granted again in the same page: the one tag restarts with the new consent, no old denial replayed, no second tag', async ({ page, vendors }) => {
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await openWith(page, [clarity]);
  await set(page, { analytics: true });
  await expect.poll(() => uploadedConsents(vendors).length).toBeGreaterThan(0);
  await consent(page, 'rejectAll');
  const regranted = Date.now();
  await consent(page, 'acceptAll');
  await keepActive(page, 1500);
  await expect.poll(() => uploadedConsents(vendors, regranted)).toContainEqual({ ad: 1, analytics: 1 });
  expect(uploadedConsents(vendors, regranted)).not.toContainEqual(expect.objectContaining({ analytics: 0 }));
  expect(vendors.requestsTo(/^(www|scripts)\.clarity\.ms$/).map((request) => request.host)).toEqual(['www.clarity.ms', 'scripts.clarity.ms']);
  expect(warnings.filter((text) => /CL001|Multiple Clarity tags/.test(text))).toEqual([]);
});

test('strict masking, measured on what Clarity uploads: page text and typed values never leave in clear; the title and the address do', async ({ page, vendors }) => {
  await openWith(page, [clarity]);
  await page.evaluate(() => {
    document.title = 'Alice Example – Invoices';
    document.body.insertAdjacentHTML('beforeend', '<p>Invoice for Alice Example, 42 Elm Street</p>');
  });
  await consent(page, 'acceptAll');
  await expect.poll(() => clarityPayloads(vendors.requestsTo('clarity')).length).toBeGreaterThan(0);
  await page.getByLabel('Work email').fill('alice@example.com');
  await page.getByLabel('Work email').press('Tab');
  await keepActive(page, 2500);
  const uploaded = vendors.requestsTo('clarity').filter((request) => request.path === '/collect').map((request) => JSON.stringify(clarityPayloads([request])));
  const everything = uploaded.join('\n');
  expect(everything).toContain('"Alice Example – Invoices"'); // The title: Clarity sends it in clear whatever the masking (README).
  expect(everything).toContain('/e2e/fixtures/vendors/page.html'); // And the address.
  expect(everything).not.toContain('42 Elm Street');
  expect(everything).not.toContain('Invoice for');
  expect(everything).not.toContain('alice@example.com');
  expect(everything).not.toContain('Work email');
});
