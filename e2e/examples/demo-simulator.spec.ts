// The demo as a new user meets it: on localhost, offline, with the vendor simulator answering vendor hosts.
import { startExamples } from '../../examples/server/examples.mjs';
import { banner, expect, test } from './fixture';

test('offline demo: the simulator answers Clarity and Google Analytics, and the panel shows the dashboard stays silent', async ({ page, vendors }) => {
  const examples = await startExamples({ simulateVendors: true });
  const site = `http://localhost:${examples.marketing}`;
  try {
    await page.goto(site);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    const panel = page.getByRole('complementary', { name: 'Requests to other sites' });
    await panel.getByText('Requests to other sites').click();
    await expect(panel.getByRole('listitem').filter({ hasText: 'www.clarity.ms' }).first()).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'www.googletagmanager.com' }).first()).toBeVisible();

    await page.goto(`${site}/dashboard/`);
    await page.waitForTimeout(2000);
    await expect(panel.getByText('Requests to other sites: 0')).toBeVisible();
    // The service worker answered every vendor request: none went past the page to the (fake) network.
    expect(vendors.requests).toEqual([]);
  } finally {
    await examples.close();
  }
});

test('offline SPA demo: the simulator answers Mixpanel and Hotjar, and entering /app by a link keeps the panel at zero', async ({ page, vendors }) => {
  const examples = await startExamples({ simulateVendors: true });
  const site = `http://localhost:${examples.spa}`;
  try {
    await page.goto(site);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    const panel = page.getByRole('complementary', { name: 'Requests to other sites' });
    await panel.getByText('Requests to other sites').click();
    await expect(panel.getByRole('listitem').filter({ hasText: 'cdn.mxpnl.com' }).first()).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'static.hotjar.com' }).first()).toBeVisible();
    // Answered, not merely asked for: each fake's own upload to its collector follows its script.
    await expect(panel.getByRole('listitem').filter({ hasText: 'api-eu.mixpanel.com' }).first()).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'in.hotjar.com' }).first()).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'websocket ws.hotjar.com' }).first()).toBeVisible();

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
  } finally {
    await examples.close();
  }
});
