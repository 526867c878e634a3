// The examples as visitors meet them: served by examples/server (zone CSP headers, SPA routes) on free
// ports, one server pair per worker, under *.consentry.test so that parent-domain cookies are real.
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { startExamples } from '../../examples/server/examples.mjs';

const HOST = 'www.consentry.test';

interface Sites {
  marketing: string;
  spa: string;
}

/** Every request a page made to another site: trackers, whatever a fake answered them with. */
export class ThirdPartyRequests {
  readonly all: { url: URL; at: number; document: string }[] = [];

  constructor(page: Page) {
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.hostname === HOST) return;
      this.all.push({ url, at: Date.now(), document: request.frame().url() });
    });
  }

  to(host: RegExp) {
    return this.all.filter((request) => host.test(request.url.hostname));
  }

  since(time: number) {
    return this.all.filter((request) => request.at >= time);
  }
}

export const test = base.extend<{ requests: ThirdPartyRequests }, { sites: Sites }>({
  sites: [
    async ({}, use) => {
      const examples = await startExamples({ simulateVendors: false });
      await use({ marketing: `http://${HOST}:${examples.marketing}`, spa: `http://${HOST}:${examples.spa}` });
      await examples.close();
    },
    { scope: 'worker' },
  ],
  requests: async ({ page }, use) => {
    // Never the real vendors: every other host is answered here, before any DNS lookup, as a vendor that
    // accepts everything would (an empty script, an empty 204 for beacons).
    await page.context().route(
      (url) => url.hostname !== HOST,
      (route) =>
        route.request().resourceType() === 'script'
          ? route.fulfill({ contentType: 'text/javascript', body: '' })
          : route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } }),
    );
    await use(new ThirdPartyRequests(page));
  },
});

/** Vendor hosts, as the vendors' own docs list them. */
export const VENDOR = {
  clarity: /(^|\.)clarity\.ms$|^c\.bing\.com$/,
  ga: /(^|\.)(googletagmanager|google-analytics|doubleclick)\.(com|net)$|(^|\.)analytics\.google\.com$/,
  mixpanel: /(^|\.)(mixpanel|mxpnl)\.com$/,
  hotjar: /(^|\.)hotjar\.(com|io)$/,
};

export const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy' });
export const preferences = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });

/** Makes the browser send Global Privacy Control, as Firefox, Brave and DuckDuckGo can. */
export const sendGpc = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));

export { expect };
