import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { banner, dialog, openFixture, ran } from './page';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the banner and the dialog, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openFixture(page);
    await expect(banner(page)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
    await expect(dialog(page)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('the banner leaves the page readable and usable: no focus trap, nothing hidden', async ({ page }) => {
  await openFixture(page);
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Acme Store' })).toBeVisible();
  await expect(page.locator('[aria-hidden], [inert]')).toHaveCount(0);
  // It comes first in the tab order, then focus moves on into the page.
  await page.keyboard.press('Tab');
  await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ethiopia Yirgacheffe' })).toBeFocused();
});

test('keyboard only: open, trap, Escape back, then choose and save', async ({ page }) => {
  await openFixture(page);
  const manage = banner(page).getByRole('button', { name: 'Manage preferences' });
  await manage.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
  // Shift+Tab from the first control wraps to the last one: focus stays in the dialog.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog(page).getByRole('button', { name: 'Save preferences' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(manage).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
  await dialog(page).getByRole('button', { name: 'Save preferences' }).focus();
  await page.keyboard.press('Enter');
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => ran(page)).toEqual(['analytics']);
});

for (const via of ['the banner', 'the dialog opened from it'] as const) {
  test(`a choice made in ${via} gives focus back to where it was in the page`, async ({ page }) => {
    await openFixture(page);
    const link = page.getByRole('link', { name: 'Ethiopia Yirgacheffe' });
    await link.focus();
    // Back from the page's first link into the banner, which comes before it in the tab order.
    await page.keyboard.press('Shift+Tab');
    await expect(banner(page).getByRole('button', { name: 'Manage preferences' })).toBeFocused();
    if (via === 'the banner') {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeFocused();
    } else {
      await page.keyboard.press('Enter');
      await dialog(page).getByRole('button', { name: 'Save preferences' }).focus();
    }
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    await expect(link).toBeFocused();
  });
}

for (const [screen, width, height] of [['a narrow screen', 320, 568], ['400% zoom', 320, 256]] as const) {
  test(`a focused link is never hidden behind the banner (WCAG 2.4.11), at ${screen}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFixture(page);
    const bannerBox = (await banner(page).boundingBox())!;
    // At most half the screen, however little room there is: the other half is where focus can show.
    expect(bannerBox.height).toBeLessThanOrEqual(height / 2 + 1);
    const top = bannerBox.y;
    await page.getByRole('link', { name: 'Ethiopia Yirgacheffe' }).focus();
    for (const name of ['Colombia Huila', 'Kenya Nyeri', 'Brazil Cerrado', 'Guatemala Antigua', 'Sumatra Mandheling', 'Delivery times', 'returns']) {
      await page.keyboard.press('Tab');
      const link = page.getByRole('link', { name });
      await expect(link).toBeFocused();
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(top + 1);
    }
  });
}

for (const [reducedMotion, duration] of [['reduce', '0s'], ['no-preference', '0.15s']] as const) {
  test(`switches glide for ${duration} when reduced motion is "${reducedMotion}"`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    await openFixture(page);
    await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
    const knob = await dialog(page)
      .getByRole('switch', { name: 'Analytics' })
      .evaluate((element) => getComputedStyle(element, '::before').transitionDuration);
    expect(knob).toBe(duration);
  });
}

test('at 400% zoom (320 x 256 CSS px) nothing is cut off: banner and dialog scroll, the page does not widen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await openFixture(page);
  await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
  const save = dialog(page).getByRole('button', { name: 'Save preferences' });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport();
  await dialog(page).getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded();
  await page.keyboard.press('Escape');
  const reject = banner(page).getByRole('button', { name: 'Reject all' });
  await reject.scrollIntoViewIfNeeded();
  await expect(reject).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await reject.click();
  await expect(banner(page)).toBeHidden();
});
