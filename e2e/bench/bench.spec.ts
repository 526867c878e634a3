// The benchmark: every tool on the same page, in interleaved rounds so that drift in the machine's speed
// hits every tool alike. Writes results.md and results.svg here and the table into the README.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { test } from '@playwright/test';
import { gzipBytes } from './bytes';
import { svgChart } from './chart';
import { measure, measureFloor, type Sample } from './measure';
import { benchPage } from './page';
import { markdownTable, type RunInfo, type ToolResult } from './report';
import { median } from './stats';
import { tools as allTools } from './tools';
import { noTool } from './tools/none';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
// BENCH_TOOLS=klaro,orejime measures a subset (while working on one setup); the README shows full runs only.
const only = process.env.BENCH_TOOLS?.split(',');
const tools = only ? allTools.filter((tool) => only.includes(tool.id)) : allTools;
const here = (file: string) => new URL(file, import.meta.url);
const README = here('../../README.md');
const MARKERS = /(<!-- bench:results -->)[\s\S]*?(<!-- \/bench:results -->)/;

test('Consentry and the peers, side by side', async ({ browser }) => {
  test.setTimeout(0);
  const samples = new Map<string, Sample[]>(tools.map((tool) => [tool.id, []]));
  const floors: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    floors.push(await measureFloor(browser, benchPage(noTool)));
    // Each round starts with a different tool, so no tool always runs first or last.
    const order = tools.map((_, index) => tools[(index + round) % tools.length]!);
    for (const tool of order) samples.get(tool.id)!.push(await measure(browser, tool));
    console.log(`round ${round + 1}/${ROUNDS} done`);
  }
  const floor = median(floors);
  const results: ToolResult[] = tools.map((tool) => {
    const runs = samples.get(tool.id)!;
    const of = (pick: (sample: Sample) => number) => median(runs.map(pick));
    return {
      tool,
      bytes: gzipBytes(tool),
      fcpToBanner: of((sample) => sample.fcpToBanner),
      acceptToGone: of((sample) => sample.acceptToGone),
      goneFrames: of((sample) => sample.goneFrames),
      scripting: Math.max(0, of((sample) => sample.scripting) - floor),
      cls: of((sample) => sample.cls),
      trackersBeforeConsent: Math.max(...runs.map((sample) => sample.trackersBeforeConsent)),
    };
  });
  const run: RunInfo = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), ${platform()} ${release()}`,
    browser: `Chromium ${browser.version()}`,
    rounds: ROUNDS,
    floorScripting: floor,
  };
  const table = markdownTable(results, run);
  writeFileSync(here('results.md'), `${table}\n`);
  writeFileSync(here('results.svg'), svgChart(results, run));
  const readme = readFileSync(README, 'utf8');
  if (!only && MARKERS.test(readme)) writeFileSync(README, readme.replace(MARKERS, `$1\n${table}\n$2`));
  console.log(table);
});
