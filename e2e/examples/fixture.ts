// The examples as visitors meet them: served by examples/server (zone CSP headers, SPA routes) on free
// ports, one server pair per worker, under *.consentry.test so that parent-domain cookies are real.
// Vendor hosts are the shared fakes (e2e/fakes), which record every request.
import type { Page } from '@playwright/test';
import { startExamples } from '../../examples/server/examples.mjs';
import { test as withFakeVendors } from '../fakes/test';

const HOST = 'www.consentry.test';

interface Sites {
  marketing: string;
  spa: string;
}

export const test = withFakeVendors.extend<{}, { sites: Sites }>({
  sites: [
    async ({}, use) => {
      const examples = await startExamples({ simulateVendors: false, hosts: [HOST] });
      await use({ marketing: `http://${HOST}:${examples.marketing}`, spa: `http://${HOST}:${examples.spa}` });
      await examples.close();
    },
    { scope: 'worker' },
  ],
});

export const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy' });
export const preferences = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });

/** Makes the browser send Global Privacy Control, as Firefox, Brave and DuckDuckGo can. */
export const sendGpc = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));

export { expect } from '../fakes/test';
