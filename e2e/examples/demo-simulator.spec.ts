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
