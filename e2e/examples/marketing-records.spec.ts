// The marketing site's proof of consent: each choice is stored by @consentry/receiver on the site's own
// server, and what it stored is what the visitor's receipt() says.
import { banner, expect, test } from './fixture';

type Receipt = { id: string; timestamp: string; method: string };
type Page = import('@playwright/test').Page;
const receipt = (page: Page) => page.evaluate(() => (window as unknown as { Consentry: { receipt(): Receipt | null } }).Consentry.receipt());

/** The stored history of a consent id, asked from the page (the visitor's own right of access). */
const history = (page: Page, id: string) =>
  page.evaluate(async (id) => {
    const answer = await fetch(`/v1/consents/${id}`);
    return answer.ok ? (await answer.json()).records : [];
  }, id);

test('Accept all stores one record, and GET /v1/consents/:id gives back the receipt field for field', async ({ page, sites }) => {
  await page.goto(`${sites.marketing}/pricing`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  const mine = await receipt(page);
  expect(mine).toMatchObject({ method: 'accept-all', path: '/pricing' });

  await expect.poll(async () => (await history(page, mine!.id)).length).toBe(1);
  const [stored] = await history(page, mine!.id);
  expect(stored.receipt).toEqual(mine);
  expect(Object.keys(stored.receipt)).toEqual(Object.keys(mine!));
  expect(stored.site).toBe(sites.marketing);

  // Another page does not send the same decision again.
  await page.goto(`${sites.marketing}/`);
  await page.waitForLoadState('networkidle');
  expect(await history(page, mine!.id)).toHaveLength(1);
});

test('the proof page shows the receipt, the stored record agreeing with it, and the latest decisions', async ({ page, sites }) => {
  await page.goto(`${sites.marketing}/`);
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  const mine = await receipt(page);
  await expect.poll(async () => (await history(page, mine!.id)).length).toBe(1);

  await page.getByRole('link', { name: 'Proof of consent' }).click();
  await expect(page.locator('#receipt')).toContainText(mine!.id);
  await expect(page.locator('#agreement')).toContainText('agree field for field');
  await expect(page.getByRole('row').filter({ hasText: 'reject-all' }).first()).toBeVisible();
});
