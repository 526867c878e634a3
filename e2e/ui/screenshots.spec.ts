import { expect, test } from '@playwright/test';
import { banner, dialog, openFixture } from './page';

// Regenerates the README's pictures: `SCREENSHOTS=1 npx playwright test -c e2e/playwright.config.ts e2e/ui/screenshots`.
test.skip(!process.env.SCREENSHOTS, 'pictures for the README, taken on demand');

const viewports = { desktop: { width: 1280, height: 720 }, mobile: { width: 390, height: 760 } };

for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`banner and dialog, ${device}, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openFixture(page);
      await expect(banner(page)).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/banner-${device}-${colorScheme}.png` });
      await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
      await dialog(page).getByRole('switch', { name: 'Analytics' }).click();
      await page.screenshot({ path: `e2e/screenshots/dialog-${device}-${colorScheme}.png` });
    });
  }
}
