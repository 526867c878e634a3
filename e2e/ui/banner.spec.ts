import { expect, test } from '@playwright/test';
import { banner, dialog, openFixture, ran } from './page';

test.describe('script tag: banner and choices', () => {
  test('a first visit shows the banner with equal Accept and Reject, and nothing optional runs', async ({ page }) => {
    await openFixture(page);
    await expect(banner(page)).toBeVisible();
    const accept = await banner(page).getByRole('button', { name: 'Accept all' }).boundingBox();
    const reject = await banner(page).getByRole('button', { name: 'Reject all' }).boundingBox();
    const size = (box: { width: number; height: number } | null) => [Math.round(box!.width), Math.round(box!.height)];
    expect(size(reject)).toEqual(size(accept));
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy');
    expect(await ran(page)).toEqual([]);
    // Under `style-src 'self'` and a script nonce, nothing was blocked, and no element carries a style attribute.
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('consentry-ui')!.shadowRoot!.querySelectorAll('[style]').length)).toBe(0);
  });

  test('speaks the visitor\'s language, and the config can reword any text', async ({ page }) => {
    await openFixture(page, { config: { language: 'cs', texts: { cs: { rejectAll: 'Nesouhlasím' } } } });
    const czech = page.getByRole('region', { name: 'Vaše soukromí' });
    await expect(czech.getByRole('button', { name: 'Přijmout vše' })).toBeVisible();
    await expect(czech.getByRole('button', { name: 'Nesouhlasím' })).toBeVisible();
    await expect(czech).toHaveAttribute('lang', 'cs');
  });

  test('the theme config and the page\'s own custom properties restyle it, in light and dark', async ({ page }) => {
    const background = (button: ReturnType<typeof banner>) => button.evaluate((element) => getComputedStyle(element).backgroundColor);
    const accept = () => banner(page).getByRole('button', { name: 'Accept all' });
    await openFixture(page, { config: { theme: { accent: 'rgb(11, 110, 79)', radius: '0px' } } });
    expect(await background(accept())).toBe('rgb(11, 110, 79)');
    expect(await accept().evaluate((element) => getComputedStyle(element).borderTopLeftRadius)).toBe('0px');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(accept())).toBe('rgb(11, 110, 79)');
    // Without a theme, the page's CSS reaches the banner only through the documented properties.
    await openFixture(page);
    const builtInDark = await background(accept());
    await page.evaluate(() => {
      // A constructed sheet: the fixture's CSP (style-src 'self') refuses an inline <style>.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':root { --consentry-accent: rgb(128, 0, 64); } button { background: red !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    expect(await background(accept())).toBe('rgb(128, 0, 64)');
    expect(builtInDark).not.toBe('rgb(128, 0, 64)');
  });

  test('Accept and Reject keep one size on a 320 px screen, in the banner and in the dialog', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openFixture(page);
    const size = async (name: string, within: ReturnType<typeof banner>) => {
      const box = (await within.getByRole('button', { name }).boundingBox())!;
      return [Math.round(box.width), Math.round(box.height)];
    };
    expect(await size('Reject all', banner(page))).toEqual(await size('Accept all', banner(page)));
    await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
    expect(await size('Reject all', dialog(page))).toEqual(await size('Accept all', dialog(page)));
  });

  test('Accept all runs every gated script and is remembered across reloads', async ({ page }) => {
    await openFixture(page);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing']);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['analytics', 'marketing']);
    await expect(banner(page)).toHaveCount(0);
    // Consentry has started (the gated scripts ran): for a returning visitor not one element of the UI was built.
    await expect(page.locator('consentry-ui')).toHaveCount(0);
  });

  test('Reject all runs nothing and is remembered across reloads', async ({ page }) => {
    await openFixture(page);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    await page.reload();
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.Consentry.get!().method)).toBe('reject-all');
    expect(await ran(page)).toEqual([]);
    // Consentry has read the stored choice: for a returning visitor not one element of the UI was built.
    await expect(page.locator('consentry-ui')).toHaveCount(0);
  });

  test('a custom choice in the dialog grants only what was switched on', async ({ page }) => {
    await openFixture(page);
    await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toBeDisabled();
    await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toHaveAttribute('aria-checked', 'true');
    await expect(dialog(page).getByText('Services: support-chat')).toBeVisible();
    const analytics = dialog(page).getByRole('switch', { name: 'Analytics' });
    await expect(analytics).toHaveAttribute('aria-checked', 'false');
    await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'false');
    await analytics.click();
    await dialog(page).getByRole('button', { name: 'Save preferences' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await expect(banner(page)).toHaveCount(0);
  });

  test('the footer link re-opens the preferences, and withdrawing turns a category off', async ({ page }) => {
    await openFixture(page);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.reload();
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const marketing = dialog(page).getByRole('switch', { name: 'Marketing' });
    await expect(marketing).toHaveAttribute('aria-checked', 'true');
    await marketing.click();
    await dialog(page).getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.evaluate(() => window.Consentry.get!().categories)).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
    });
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['analytics']);
    await page.evaluate(() => window.Consentry.showPreferences!());
    await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'false');
  });

  test('under opt-out the banner is a notice with "Do Not Sell or Share"', async ({ page }) => {
    await openFixture(page, { config: { regime: 'opt-out' } });
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toHaveCount(0);
    await banner(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.Consentry.get!())).toMatchObject({
      method: 'do-not-sell',
      categories: { analytics: true, marketing: false },
    });
  });

  test('under opt-out with Global Privacy Control the notice says it was honoured', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }));
    await openFixture(page, { config: { regime: 'opt-out' } });
    await expect(banner(page)).toContainText('Global Privacy Control honoured');
    await expect(banner(page).getByRole('button', { name: /Do Not Sell/ })).toHaveCount(0);
  });

  test('entering a zero-telemetry zone in the page hides the banner, and leaving it undecided brings it back', async ({ page }) => {
    await openFixture(page, { config: { zeroTelemetry: { routes: ['/e2e/fixtures/ui/zone/**'], onEnter: 'block' } } });
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => history.pushState(null, '', '/e2e/fixtures/ui/zone/settings'));
    await expect(banner(page)).toHaveCount(0);
    await page.evaluate(() => history.back());
    await expect(banner(page)).toBeVisible();
  });

  test('an element of user content with the config\'s id is not taken as the config', async ({ page }) => {
    await openFixture(page, { spoof: 'p' });
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy');
  });

  test('without a config block it waits for Consentry.init(config)', async ({ page }) => {
    await openFixture(page, { withoutConfig: true });
    await expect(banner(page)).toHaveCount(0);
    await page.evaluate(() => window.Consentry.init({ revision: '1', categories: { analytics: { label: 'Analytics' } } }));
    await expect(banner(page)).toBeVisible();
  });
});

test.describe('script tag: an invalid config', () => {
  const services = [{ id: 'support-chat', vendor: 'custom', category: 'nowhere' }];
  // The fixture's own config has an analytics category; Clarity without its project id cannot start.
  const clarity = [{ id: 'clarity', vendor: 'clarity', category: 'analytics' }];
  for (const [problem, variant, logged] of [
    ['an invalid field', { config: { regime: 'sometimes' } }, /^Consentry: invalid config\n- regime: /],
    ['a dangling reference', { config: { services } }, /^Consentry: invalid config\n- services\[0\]\.category: unknown category "nowhere"/],
    ['a vendor service without its required field', { config: { services: clarity } }, /^Consentry: invalid config\n- services\[0\]\.projectId: required/],
    ['broken JSON', { json: '{ "revision": "1" ' }, /^Consentry: #consentry-config is not valid JSON/],
    ['a second config block (one of them injected)', { spoof: 'script' }, /^Consentry: two #consentry-config blocks: neither is used$/],
  ] as const) {
    test(`${problem} is logged by field, shows nothing, stores nothing and loads nothing`, async ({ page, baseURL }) => {
      const errors: string[] = [];
      const uncaught: Error[] = [];
      // These specs have no fake vendors: every request to another origin is recorded here, and refused so
      // that none reaches a network. A CSP-blocked attempt never becomes a request: it is a violation.
      const elsewhere: string[] = [];
      page.on('request', (request) => new URL(request.url()).origin !== new URL(baseURL!).origin && elsewhere.push(request.url()));
      await page.route((url) => url.origin !== new URL(baseURL!).origin, (route) => route.abort('blockedbyclient'));
      // Chromium logs its own favicon 404 as a console error, when it gets to it: not the page's output.
      const ownOutput = (text: string) => !text.startsWith('Failed to load resource');
      page.on('console', (message) => message.type() === 'error' && ownOutput(message.text()) && errors.push(message.text()));
      page.on('pageerror', (error) => uncaught.push(error));
      await openFixture(page, variant);
      await page.waitForLoadState('load');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(logged);
      expect(uncaught).toEqual([]);
      await expect(page.locator('consentry-ui')).toHaveCount(0);
      expect(await ran(page)).toEqual([]);
      expect(await page.evaluate(() => Object.keys(window.Consentry))).toEqual(['init']);
      // Time for a vendor script to load and make its first upload, had one started.
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    });
  }
});
