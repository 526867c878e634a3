import { test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { benchPage } from './page';
import { PAGE_ORIGIN, TRACKER_ORIGIN } from './tools/tool';
import { tools } from './tools';

for (const id of (process.env.TOOLS ?? 'consentry').split(',')) test(`profile ${id}`, async ({ browser }) => {
  const tool = tools.find((t) => t.id === id)!;
  const html = benchPage(tool);
  const totals: Record<string, number> = {};
  let scriptTotal = 0;
  for (let round = 0; round < 5; round++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await context.route(`${TRACKER_ORIGIN}/**`, (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
    await context.route(`${PAGE_ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = tool.assets[pathname.replace('/assets/', '')];
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${PAGE_ORIGIN}/`);
    await page.waitForFunction(() => (window as any).__bench.visibleAt !== null);
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    scriptTotal += metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const dt = profile.timeDeltas!;
    profile.samples!.forEach((s: number, i: number) => {
      const n: any = byId.get(s);
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      totals[key] = (totals[key] ?? 0) + (dt[i] ?? 0) / 1000;
    });
    await context.close();
  }
  const rows = Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 400).map(([k, v]) => `${(v / 5).toFixed(1)}\t${k}`);
  writeFileSync(`/tmp/profile-${id}.txt`, `ScriptDuration avg ${(scriptTotal / 5).toFixed(1)}\n` + rows.join('\n'));
});
