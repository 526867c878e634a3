// `npm run bench:routes`: how long zone route matching takes on pathological paths and patterns, from the
// built @consentry/zones (run `npm run build` first). A benchmark that reports, not a timed test: each
// case should stay in the low milliseconds and grow in step with the path, never explode with it.
import { isZoneRoute } from '../packages/zones/dist/index.js';

const cases = [
  ['/reports/*-*-*.pdf', (n) => `/reports/${'-'.repeat(n)}`],
  ['/reports/*a*a*a*a*a*b', (n) => `/reports/${'a'.repeat(n)}`],
  ['/a/**/**/**/**/**/b', (n) => `/a${'/x'.repeat(n / 2)}/c`],
  ['/**/x/**/x/**/x/**/y', (n) => '/x'.repeat(n / 2)],
];
const REPEATS = 20;

for (const [route, pathOf] of cases) {
  const cells = [1000, 2000, 8000].map((length) => {
    const location = { pathname: pathOf(length), hash: '' };
    const start = performance.now();
    for (let run = 0; run < REPEATS; run += 1) isZoneRoute({ zeroTelemetry: { routes: [route] } }, location);
    return `${length} chars: ${((performance.now() - start) / REPEATS).toFixed(2)} ms`;
  });
  console.log(`${route.padEnd(26)} ${cells.join('   ')}`);
}
