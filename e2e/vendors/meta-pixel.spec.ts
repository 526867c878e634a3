// Meta Pixel, on a fake of fbevents.js (not on npm): e2e/fakes/scripts/meta-pixel.js.
import { expect, test } from '../fakes/test';
import { consent, navigate } from './page';
import { atNextTick, keepActive, openNpmWith } from './npm-page';

const meta = { id: 'meta', vendor: 'meta-pixel', category: 'marketing', pixelId: '1234567890' };
const pageViews = (request: { host: string; url: URL }) => request.host === 'www.facebook.com' && request.url.searchParams.get('ev') === 'PageView';

test('Accept all: consent revoked before init, then granted, and the PageView reaches Meta', async ({ page, vendors }) => {
  await openNpmWith(page, [meta]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('meta-pixel').filter(pageViews).length).toBe(1);
  expect((await vendors.calls(page, 'meta-pixel')).map((call) => [call.method, ...call.args])).toEqual([
    ['consent', 'revoke'],
    ['init', '1234567890'],
    ['consent', 'grant'],
    ['track', 'PageView'],
  ]);
});

test('withdrawal revokes consent: no PageView from it on, _fbp deleted; granted again, the pixel sends again', async ({ page, vendors }) => {
  await openNpmWith(page, [meta]);
  await consent(page, 'acceptAll');
  await expect.poll(() => vendors.requestsTo('meta-pixel').filter(pageViews).length).toBe(1);
  await keepActive(page);
  const { time: withdrawn } = await atNextTick(page, 'rejectAll');
  await navigate(page, '/e2e/fixtures/vendors/npm.html/pricing');
  await page.evaluate(() => (window as unknown as { fbq(...args: unknown[]): void }).fbq('track', 'Lead'));
  await page.waitForTimeout(500);
  expect(vendors.requestsTo('meta-pixel', withdrawn)).toEqual([]);
  expect((await vendors.cookies()).map((cookie) => cookie.name)).not.toContain('_fbp');

  await consent(page, 'acceptAll');
  await navigate(page, '/e2e/fixtures/vendors/npm.html/plans');
  await expect.poll(() => vendors.requestsTo('meta-pixel', withdrawn).filter(pageViews).length).toBe(1);
});
