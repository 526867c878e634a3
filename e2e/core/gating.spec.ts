import { expect, test } from '@playwright/test';

const FIXTURE = '/e2e/fixtures/core/gating.html';

test.describe('core in a real page', () => {
  test('gated scripts and iframes stay inert and unfetched until their category is granted', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(FIXTURE);
    await page.waitForFunction(() => 'consentry' in window);

    expect(await page.evaluate(() => (window as any).ran ?? [])).toEqual([]);
    expect(fetched).not.toContain('/e2e/fixtures/core/tracker.js');
    await expect(page.locator('iframe')).not.toHaveAttribute('src', /.+/);

    await page.evaluate(() => (window as any).consentry.set({ analytics: true }));
    // The external script runs before the inline one after it, as the parser would have run them.
    await expect.poll(() => page.evaluate(() => (window as any).ran)).toEqual(['external-analytics', 'inline-analytics']);
    await expect(page.locator('iframe')).not.toHaveAttribute('src', /.+/);

    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as any).ran)).toEqual(['external-analytics', 'inline-analytics']);

    await page.evaluate(() => (window as any).consentry.acceptAll());
    await expect.poll(() => page.evaluate(() => (window as any).ran)).toContain('inline-marketing');
    await expect(page.locator('iframe')).toHaveAttribute('src', '/e2e/fixtures/health.txt');
  });

  test('markup added after start is gated too, and runs once', async ({ page }) => {
    await page.goto(FIXTURE);
    await page.waitForFunction(() => 'consentry' in window);
    await page.evaluate(() => {
      const late = document.createElement('script');
      late.type = 'text/plain';
      late.dataset.consent = 'analytics';
      late.text = "window.ran = (window.ran || []).concat('late');";
      document.body.append(late);
    });
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => (window as any).ran ?? [])).toEqual([]);
    await page.evaluate(() => (window as any).consentry.set({ analytics: true }));
    await page.evaluate(() => (window as any).consentry.set({ analytics: true, marketing: false }));
    // Nothing has run until tracker.js, first in document order, has loaded: poll an empty list meanwhile.
    await expect.poll(() => page.evaluate(() => ((window as any).ran ?? []).filter((name: string) => name === 'late'))).toEqual(['late']);
  });
});
