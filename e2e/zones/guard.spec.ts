// The in-page guard of a zero-telemetry zone, from page code's side: every way it wraps to reach a host
// is refused the way a Content-Security-Policy refuses it (for every vendor Consentry knows, configured or not), gated markup stays inert whatever was
// consented, and leaving the zone brings back only what the visitor consented to.
import type { Page } from '@playwright/test';
import { expect, test } from '../fakes/test';
import { widgetAddsGtag } from './widget';

const HOME = '/e2e/fixtures/zones/';
const ZONE = '/e2e/fixtures/zones/dashboard/';

const SERVICES = [
  { id: 'clarity', vendor: 'clarity', category: 'analytics', projectId: 'abc123xyz' },
  { id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-TEST123' },
  { id: 'mixpanel', vendor: 'mixpanel', category: 'analytics', token: 'tok123' },
];

/** The fixture app at `path`, configured through its query, which its client-side links keep. */
const open = (page: Page, path: string, zone: object = {}) =>
  page.goto(
    `${path}?${new URLSearchParams({
      config: JSON.stringify({
        revision: '1',
        categories: { analytics: { label: 'Analytics' } },
        services: SERVICES,
        zeroTelemetry: { routes: ['/e2e/fixtures/zones/dashboard/**'], ...zone },
      }),
    })}`,
  );

/** How each way page code reaches a tracker host ended. */
const reachTrackers = (page: Page) =>
  page.evaluate(async () => {
    const host = 'https://www.google-analytics.com/g/collect?v=2';
    const ended = (target: EventTarget, start: () => void) =>
      new Promise<string>((resolve) => {
        target.addEventListener('load', () => resolve('loaded'));
        target.addEventListener('error', () => resolve('refused'));
        start();
        setTimeout(() => resolve('nothing'), 2000);
      });
    const opened = (open: () => unknown) => {
      try {
        open();
        return 'opened';
      } catch (error) {
        return (error as DOMException).name;
      }
    };
    // Scripts that never met the main document's setters: made by an iframe's document, or parsed by a Range.
    const gtag = 'https://www.googletagmanager.com/gtag/js?id=G-WIDGET1';
    const frame = document.body.appendChild(document.createElement('iframe'));
    const madeElsewhere = () => Object.assign(frame.contentDocument!.createElement('script'), { src: gtag });
    const box = () => document.body.appendChild(document.createElement('div'));
    const range = () => {
      const range = document.createRange();
      range.selectNodeContents(box());
      return range;
    };
    const fragment = range().createContextualFragment(`<script src="${gtag}"></script>`);
    const inserted = (script: Node, insert: (script: never) => unknown) => ended(script, () => insert(script as never));
    const xhr = new XMLHttpRequest();
    const image = new Image();
    return {
      fetch: await fetch(host, { method: 'POST', mode: 'no-cors' }).then(() => 'sent', () => 'refused'),
      xhr: await ended(xhr, () => {
        xhr.open('POST', host);
        xhr.send('{}');
      }),
      sendBeacon: navigator.sendBeacon(host, '{}') ? 'sent' : 'refused',
      image: await ended(image, () => (image.src = 'https://c.clarity.ms/c.gif')),
      webSocket: opened(() => new WebSocket('wss://ws.hotjar.com/api/v2/client/ws')),
      eventSource: opened(() => new EventSource('https://www.google-analytics.com/g/events')),
      replaceChildren: await inserted(madeElsewhere(), (script) => box().replaceChildren(script)),
      insertAdjacentElement: await inserted(madeElsewhere(), (script) => box().insertAdjacentElement('beforeend', script)),
      surroundContents: await inserted(madeElsewhere(), (script) => range().surroundContents(script)),
      insertNode: await inserted(fragment.firstChild!, () => range().insertNode(fragment)),
    };
  });

test('inside a zone, page code cannot reach a tracker host, and gated markup stays inert after Accept all', async ({ page, vendors }) => {
  const since = Date.now();
  await open(page, ZONE);
  await page.evaluate(() => {
    (window as any).consentry.acceptAll();
    document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics">window.gatedRan = true</script>');
  });
  expect(await reachTrackers(page)).toEqual({
    ...{ fetch: 'refused', xhr: 'refused', sendBeacon: 'refused', image: 'refused', webSocket: 'SecurityError', eventSource: 'SecurityError' },
    ...{ replaceChildren: 'refused', insertAdjacentElement: 'refused', surroundContents: 'refused', insertNode: 'refused' },
  });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as any).gatedRan ?? false)).toBe(false);
  expect(vendors.requestsTo(/./, since)).toEqual([]);
});

test('inside a zone every origin but the page’s own and the allowed ones is refused: a LinkedIn pixel no integration knows, as much as Clarity', async ({ page, vendors }) => {
  // Neither host is routed by the fakes: one request reaching the network fails the test (`unexpected`).
  await open(page, ZONE, { allow: ['https://api.example.test'] });
  const since = Date.now();
  const outcomes = await page.evaluate(async () => {
    const pixel = (src: string) =>
      new Promise<string>((resolve) => {
        const image = new Image();
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('refused');
        image.src = src;
      });
    const reached = (url: string) => fetch(url, { mode: 'no-cors' }).then(() => 'sent', (error: Error) => (/Consentry: refused/.test(error.message) ? 'refused' : 'failed'));
    return {
      linkedInPixel: await pixel('https://px.ads.linkedin.com/collect/?pid=123&fmt=gif'),
      linkedInBeacon: navigator.sendBeacon('https://px.ads.linkedin.com/wa/', '{}') ? 'sent' : 'refused',
      ownOrigin: await reached('/e2e/fixtures/zones/'),
      allowed: await reached('https://api.example.test/usage'),
    };
  });
  // The allowed origin is tried (a *.test site: nothing answers it here), the page's own answers.
  expect(outcomes).toEqual({ linkedInPixel: 'refused', linkedInBeacon: 'refused', ownOrigin: 'sent', allowed: expect.stringMatching(/sent|failed/) });
  expect(vendors.requestsTo(/./, since)).toEqual([]);
  expect(vendors.unexpected).toEqual([]);
});

test('entering a zone in place, where nothing ran, turns the guard on: a widget adding gtag is refused', async ({ page, vendors }) => {
  await open(page, HOME);
  await page.evaluate(() => ((window as any).sameDocument = true));
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.waitForURL(`**${ZONE}?*`);
  expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
  const since = Date.now();
  expect(await widgetAddsGtag(page)).toBe('refused');
  expect(vendors.requestsTo(/./, since)).toEqual([]);
});

test('leaving a zone restores tracking per consent: a service the visitor turned off stays off', async ({ page, vendors }) => {
  await open(page, HOME);
  await page.evaluate(() => (window as any).consentry.set({ analytics: true, clarity: false }));
  await expect.poll(() => [...new Set(vendors.requests.map((request) => request.vendor))].sort()).toEqual(['ga4', 'mixpanel']);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.waitForURL(`**${ZONE}?*`);
  await page.waitForLoadState();
  const left = Date.now();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.waitForURL(`**${HOME}?*`);
  await page.waitForLoadState();
  await expect.poll(() => [...new Set(vendors.requestsTo(/./, left).map((request) => request.vendor))].sort()).toEqual(['ga4', 'mixpanel']);
  await page.waitForTimeout(2500);
  expect(vendors.requestsTo('clarity')).toEqual([]);
});
