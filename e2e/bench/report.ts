import type { Sample } from './measure';
import type { BenchTool } from './tools/tool';

/** A tool's samples summed up: medians over the rounds, but `trackersBeforeConsent` is the most seen in any round (one leak is a leak). */
export interface ToolResult extends Sample {
  tool: BenchTool;
  bytes: number;
}

export interface RunInfo {
  date: string;
  machine: string;
  browser: string;
  rounds: number;
  floorScripting: number;
}

const ms = (value: number) => (value <= 0 ? 'in first paint' : value.toFixed(0));
const ratio = (value: number, best: number) => (best > 0 ? value / best : Infinity);
const frames = (count: number) => (count <= 1 ? 'the next frame' : `${count} frames`);
const mark = (ok: boolean) => (ok ? 'yes' : 'no');

export function markdownTable(results: ToolResult[], run: RunInfo): string {
  const rows = results.map(
    (result) =>
      `| ${result.tool.label} | ${result.tool.version} | ${result.bytes.toLocaleString('en')} | ${ms(result.fcpToBanner)} | ` +
      `${result.acceptToGone.toFixed(0)} | ${result.scripting.toFixed(0)} | ${result.cls.toFixed(3)} | ${result.trackersBeforeConsent} |`,
  );
  return [
    `Measured ${run.date} on ${run.machine}, ${run.browser}, CPU throttled 4x, 390 px wide; medians of ${run.rounds} interleaved rounds.`,
    '',
    '| tool | version | JS+CSS gzip (bytes) | FCP → banner visible (ms) | accept → banner gone (ms) | main-thread scripting (ms) | CLS | tracker requests before consent |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Scripting is net of the same page without any consent tool (${run.floorScripting.toFixed(0)} ms).`,
    '',
    targets(results),
  ].join('\n');
}

/** The targets, as ratios to the best peer that offers per-category choices in this same run. */
function targets(results: ToolResult[]): string {
  const consentry = results.find((result) => result.tool.id === 'consentry');
  const peers = results.filter((result) => result.tool.id !== 'consentry' && result.tool.categories);
  if (!consentry || peers.length === 0) return '';
  const bestBytes = Math.min(...peers.map((peer) => peer.bytes));
  const bestScripting = Math.min(...peers.map((peer) => peer.scripting));
  const bytes = ratio(consentry.bytes, bestBytes);
  const scripting = ratio(consentry.scripting, bestScripting);
  return [
    '| target (Consentry) | goal | reached |',
    '|---|---|---|',
    `| bytes vs best category peer | ≤ 0.6x | ${bytes.toFixed(2)}x: ${mark(bytes <= 0.6)} |`,
    `| scripting vs best category peer | ≤ 0.5x | ${scripting.toFixed(2)}x: ${mark(scripting <= 0.5)} |`,
    `| banner in the first paint (from \`<head>\`) | yes | ${mark(consentry.fcpToBanner <= 0)} |`,
    `| accept → gone within one frame | the next frame | ${frames(consentry.goneFrames)} (${consentry.acceptToGone.toFixed(1)} ms at 4x CPU): ${mark(consentry.goneFrames <= 1)} |`,
    `| layout shift | 0 | ${consentry.cls.toFixed(3)}: ${mark(consentry.cls === 0)} |`,
    `| tracker requests before consent | 0 | ${consentry.trackersBeforeConsent}: ${mark(consentry.trackersBeforeConsent === 0)} |`,
  ].join('\n');
}
