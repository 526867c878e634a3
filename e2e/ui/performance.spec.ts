import { expect, test } from '@playwright/test';
import { banner, openFixture } from './page';

test('the banner shifts no layout, neither showing nor going (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await openFixture(page);
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test('from <head>, the banner is mounted before <body> exists, in time for the first paint', async ({ page }) => {
  await openFixture(page);
  const order = await page.evaluate(() => [...document.documentElement.children].map((element) => element.tagName));
  expect(order).toEqual(['HEAD', 'CONSENTRY-UI', 'BODY']);
});

test('Accept all hides the banner at once; storage and trackers wait for the next paint', async ({ page }) => {
  await openFixture(page);
  await expect(banner(page)).toBeVisible();
  const timeline = await page.evaluate(async () => {
    const root = document.querySelector('consentry-ui')!.shadowRoot!;
    const accept = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Accept all')!;
    const stored = () => localStorage.getItem('consentry') !== null;
    accept.click();
    const atClick = { bannerShown: !!root.querySelector('.banner'), stored: stored() };
    await new Promise(requestAnimationFrame);
    const beforePaint = stored();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { atClick, beforePaint, afterPaint: stored() };
  });
  expect(timeline).toEqual({ atClick: { bannerShown: false, stored: false }, beforePaint: false, afterPaint: true });
});
