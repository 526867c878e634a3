// The demo as a new user meets it: on localhost, offline, with the vendor simulator answering vendor hosts.
import type { Locator, Page } from '@playwright/test';
import { startExamples } from '../../examples/server/examples.mjs';
import { banner, expect, test } from './fixture';

/**
 * Runs `steps` on one example of a fresh offline demo, once the simulator's service worker controls the
 * page and the visitor has accepted everything; `panel` is the open request panel, `listed` one of its rows.
 */
interface Demo {
  panel: Locator;
  listed: (text: string) => Promise<void>;
}

async function offlineDemo(page: Page, example: 'marketing' | 'spa', steps: (site: string, demo: Demo) => Promise<void>) {
  const examples = await startExamples({ simulateVendors: true });
  const site = `http://localhost:${examples[example]}`;
  try {
    await page.goto(site);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    const panel = page.getByRole('complementary', { name: 'Requests to other sites' });
    await panel.getByText('Requests to other sites').click();
    const listed = (text: string) => expect(panel.getByRole('listitem').filter({ hasText: text }).first()).toBeVisible();
    await steps(site, { panel, listed });
  } finally {
    await examples.close();
  }
}

test('offline demo: the simulator answers Clarity and Google Analytics, and the panel shows the dashboard stays silent', async ({ page, vendors }) => {
  await offlineDemo(page, 'marketing', async (site, { panel, listed }) => {
    await listed('www.clarity.ms');
    await listed('www.googletagmanager.com');

    await page.goto(`${site}/dashboard/`);
    await page.waitForTimeout(2000);
    await expect(panel.getByText('Requests to other sites: 0')).toBeVisible();
    // The service worker answered every vendor request: none went past the page to the (fake) network.
    expect(vendors.requests).toEqual([]);
  });
});

test('offline SPA demo: the simulator answers Mixpanel and Hotjar, and entering /app by a link keeps the panel at zero', async ({ page, vendors }) => {
  await offlineDemo(page, 'spa', async (_site, { panel, listed }) => {
    await listed('cdn.mxpnl.com');
    await listed('static.hotjar.com');
    // Answered, not merely asked for: each fake's own upload to its collector follows its script.
    await listed('api-eu.mixpanel.com');
    await listed('in.hotjar.com');
    await listed('websocket ws.hotjar.com');

    // Client-side navigation, as a visitor clicks it: with trackers run, Consentry swaps in a fresh document.
    const entering = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open the app' }).click();
    await expect(page).toHaveURL(/\/app$/);
    await expect(page.getByText('Zero-Telemetry Zone')).toBeVisible();
    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Devices' }).click();
    await expect(page.getByRole('heading', { name: 'Devices' })).toBeVisible();
    // Past two rounds of each fake's 2 s heartbeat.
    await page.waitForTimeout(5000);
    await expect(panel.getByText('Requests to other sites: 0')).toBeVisible();
    expect(vendors.requestsTo(/./, entering)).toEqual([]);
    // Nothing went past the simulator, not even Hotjar's WebSocket, which no service worker sees: the
    // panel listed it on the public page and the demo server refused it.
    expect(vendors.requests).toEqual([]);
  });
});
