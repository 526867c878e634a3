import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { benchPage } from './page';
import { PAGE_ORIGIN, TRACKER_ORIGIN, type BenchTool } from './tools/tool';

/** One page load of one tool, in a fresh context (a first visit). Times in ms. */
export interface Sample {
  /** From first contentful paint to the first frame showing the banner; <= 0: in the first paint. */
  fcpToBanner: number;
  acceptToGone: number;
  /** Animation frames from the click to the first without the banner: 1 is the next frame. */
  goneFrames: number;
  /** Main-thread script time until the banner has settled (one second after it shows), before any click. */
  scripting: number;
  cls: number;
  trackersBeforeConsent: number;
}

interface BenchState {
  fcp: number | null;
  visibleAt: number | null;
  clickAt: number | null;
  goneAt: number | null;
  goneFrames: number;
  cls: number;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const SETTLE_MS = 1000;

/** A phone-sized first visit with the CPU slowed 4x, as the peers' baseline in the notes was measured. */
async function open(browser: Browser, html: string, assets: Record<string, string>) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const trackers = { requests: 0 };
  await context.route(`${TRACKER_ORIGIN}/**`, (route) => {
    trackers.requests += 1;
    return route.fulfill({ contentType: 'text/javascript', body: '/* a tracker */' });
  });
  await context.route(`${PAGE_ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = assets[pathname.replace('/assets/', '')];
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  return { context, page, trackers, scriptMs };
}

export async function measure(browser: Browser, tool: BenchTool): Promise<Sample> {
  const { context, page, trackers, scriptMs } = await open(browser, benchPage(tool), tool.assets);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${PAGE_ORIGIN}/`);
    await page.waitForFunction(() => window.__bench.visibleAt !== null && window.__bench.fcp !== null, null, { timeout: 20_000 });
    await page.waitForTimeout(SETTLE_MS);
    const scripting = await scriptMs();
    const trackersBeforeConsent = trackers.requests;
    await page.click(tool.accept);
    await page.waitForFunction(() => window.__bench.goneAt !== null, null, { timeout: 20_000 });
    // A setup that never starts the trackers would measure a tool that does less: check it does its job.
    const started = Date.now();
    while (trackers.requests - trackersBeforeConsent < 2) {
      if (Date.now() - started > 10_000) throw new Error(`${tool.id}: trackers did not start after accept`);
      await page.waitForTimeout(50);
    }
    const state = await page.evaluate(() => window.__bench);
    return {
      fcpToBanner: state.visibleAt! - state.fcp!,
      acceptToGone: state.goneAt! - state.clickAt!,
      goneFrames: state.goneFrames,
      scripting,
      cls: state.cls,
      trackersBeforeConsent,
    };
  } catch (error) {
    const state = await page.evaluate(() => window.__bench).catch(() => null);
    throw new Error(`${tool.id}: ${(error as Error).message}\npage state: ${JSON.stringify(state)}\npage errors: ${errors.join('; ') || 'none'}`);
  } finally {
    await context.close();
  }
}

/** Script time of the same page with no consent tool: the harness and the page itself, subtracted from each tool. */
export async function measureFloor(browser: Browser, page: string): Promise<number> {
  const { context, page: tab, scriptMs } = await open(browser, page, {});
  try {
    await tab.goto(`${PAGE_ORIGIN}/`);
    await tab.waitForFunction(() => window.__bench.fcp !== null);
    await tab.waitForTimeout(SETTLE_MS);
    return await scriptMs();
  } finally {
    await context.close();
  }
}
