import type { Page } from '@playwright/test';

export const FIXTURE = '/e2e/fixtures/ui/banner.html';

/** Opens the fixture, optionally as a variant (see e2e/fixtures/ui/variant.js). */
export async function openFixture(page: Page, variant: { config?: object; json?: string; withoutConfig?: true; spoof?: 'p' | 'script' } = {}) {
  const query = new URLSearchParams();
  if (variant.config) query.set('config', JSON.stringify(variant.config));
  if (variant.json !== undefined) query.set('json', variant.json);
  if (variant.withoutConfig) query.set('without-config', '');
  if (variant.spoof) query.set('spoof', variant.spoof);
  await page.goto(`${FIXTURE}?${query}`);
}

export const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy' });
export const dialog = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });
export const ran = (page: Page) => page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? []);
