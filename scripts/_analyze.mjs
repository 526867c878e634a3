import { rollup } from 'rollup';
import { browserBundle } from '/work/main/packages/consentry/rollup.extra.mjs';
import { minify } from '/work/main/node_modules/.pnpm/terser@5.51.2/node_modules/terser/main.js';
import { gzipSync } from 'node:zlib';
const cfg = browserBundle('packages/consentry/src/script-tag.ts', 'packages/consentry/dist/_x.js', 'Consentry');
cfg.plugins = cfg.plugins.filter(p => p.name !== 'terser');
const b = await rollup(cfg);
const { output } = await b.generate(cfg.output);
const mods = output[0].modules;
const rows = [];
for (const [id, m] of Object.entries(mods)) {
  if (!m.code) continue;
  const min = await minify(m.code, { compress: false, mangle: false, module: true });
  rows.push([gzipSync(min.code || '', { level: 9 }).length, (min.code||'').length, id.replace('/work/main/', '')]);
}
rows.sort((a, b) => b[0] - a[0]);
let t = 0;
for (const r of rows) { t += r[0]; console.log(r.join('\t')); }
console.log('sum', t);
