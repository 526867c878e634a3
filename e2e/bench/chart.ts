import type { RunInfo, ToolResult } from './report';

interface Metric {
  title: string;
  value: (result: ToolResult) => number;
  unit: string;
  /** The figure written beside the bar, when a number alone would mislead. */
  text?: (result: ToolResult) => string | undefined;
}

const METRICS: Metric[] = [
  { title: 'JS+CSS gzip', value: (result) => result.bytes / 1000, unit: 'kB' },
  {
    title: 'FCP → banner visible',
    value: (result) => Math.max(0, result.fcpToBanner),
    unit: 'ms',
    text: (result) => (result.fcpToBanner <= 0 ? 'in first paint' : undefined),
  },
  { title: 'accept → banner gone', value: (result) => result.acceptToGone, unit: 'ms' },
  { title: 'main-thread scripting', value: (result) => result.scripting, unit: 'ms' },
];

const WIDTH = 760;
const LABEL = 200;
const BAR = 18;
const GAP = 6;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One horizontal bar chart per metric, shorter is better, Consentry highlighted. */
export function svgChart(results: ToolResult[], run: RunInfo): string {
  const panel = 34 + results.length * (BAR + GAP);
  const height = 40 + METRICS.length * panel;
  const parts: string[] = [
    `<text x="0" y="20" font-weight="700">Consentry and peers, first visit (shorter is better)</text>`,
    `<text x="0" y="36" font-size="11" fill="#475569">${escape(`${run.date} · ${run.machine} · ${run.browser} · CPU 4x · medians of ${run.rounds}`)}</text>`,
  ];
  METRICS.forEach((metric, index) => {
    const top = 40 + index * panel + 20;
    const values = results.map(metric.value);
    const max = Math.max(...values, 1);
    parts.push(`<text x="0" y="${top}" font-weight="600">${escape(metric.title)} (${metric.unit})</text>`);
    results.forEach((result, row) => {
      const y = top + 8 + row * (BAR + GAP);
      const value = values[row]!;
      const width = Math.max(1, (value / max) * (WIDTH - LABEL - 70));
      const fill = result.tool.id === 'consentry' ? '#1d4ed8' : '#94a3b8';
      parts.push(
        `<text x="0" y="${y + 13}" font-size="12">${escape(`${result.tool.label} ${result.tool.version}`)}</text>`,
        `<rect x="${LABEL}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fill}"/>`,
        `<text x="${(LABEL + width + 6).toFixed(1)}" y="${y + 13}" font-size="12">${escape(metric.text?.(result) ?? value.toFixed(value < 10 ? 1 : 0))}</text>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
