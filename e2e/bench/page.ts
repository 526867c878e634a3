import { harness } from './harness';
import { TRACKER_ORIGIN, type BenchTool } from './tools/tool';

/** The one page every tool is measured on: an ordinary article, two gated trackers, the tool as its docs say. */
export function benchPage(tool: BenchTool): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark page</title>
${harness(tool.banner)}
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 40rem; margin: 0 auto; padding: 1rem; }</style>
${tool.head}
${tool.gated('analytics', `${TRACKER_ORIGIN}/analytics.js`)}
${tool.gated('marketing', `${TRACKER_ORIGIN}/ads.js`)}
</head>
<body>
<header><strong>Example shop</strong></header>
<main>
<h1>Choosing a mechanical keyboard</h1>
${Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1}: switches, keycaps, layouts and the small details that make a keyboard pleasant to type on every day for years.</p>`).join('\n')}
</main>
${tool.bodyEnd}
</body>
</html>`;
}
