// The vendors fixture page: the headless bundle with a config given by the test, and the calls a test
// makes on its controller.
import type { Page } from '@playwright/test';

export const CATEGORIES = {
  analytics: { label: 'Analytics' },
  marketing: { label: 'Marketing' },
};

/** Opens the fixture with these services (and the GTM `dataLayer`, or zero-telemetry zones, when asked). */
export async function openWith(page: Page, services: object[], options: { dataLayer?: boolean; zeroTelemetry?: object } = {}) {
  const config = { revision: '1', categories: CATEGORIES, services, zeroTelemetry: options.zeroTelemetry };
  const query = new URLSearchParams({ config: JSON.stringify(config) });
  if (options.dataLayer) query.set('dataLayer', '1');
  await page.goto(`/e2e/fixtures/vendors/page.html?${query}`);
  await page.waitForFunction(() => 'consentry' in window);
}

type Controller = { acceptAll(): void; rejectAll(): void; set(choices: Record<string, boolean>): void; get(): { categories: Record<string, boolean> } };

/** Calls the controller in the page: `consent(page, 'acceptAll')`. */
export function consent(page: Page, action: 'acceptAll' | 'rejectAll') {
  return page.evaluate((name) => (window as unknown as { consentry: Controller }).consentry[name](), action);
}

export function categories(page: Page) {
  return page.evaluate(() => (window as unknown as { consentry: Controller }).consentry.get().categories);
}

/** A client-side navigation, as a router makes it: vendors that wrap pushState react to it. */
export function navigate(page: Page, path: string) {
  return page.evaluate((to) => history.pushState({}, '', to), path);
}

/**
 * The visitor keeps using the page for `ms`: pointer moves, scrolls and typing, which Clarity records and
 * uploads (with growing delays), so a vendor that was not really stopped has something to send.
 */
export async function keepActive(page: Page, ms: number) {
  const until = Date.now() + ms;
  for (let step = 0; Date.now() < until; step += 1) {
    await page.mouse.move(20 + (step % 10) * 30, 40 + (step % 7) * 20);
    await page.mouse.wheel(0, step % 2 ? 40 : -40);
    await page.waitForTimeout(100);
  }
}
