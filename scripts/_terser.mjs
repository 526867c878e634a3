import { readFileSync } from 'node:fs';
import { minify } from '/work/main/node_modules/.pnpm/terser@5.51.2/node_modules/terser/main.js';
import { gzipSync } from 'node:zlib';
const code = readFileSync('packages/consentry/dist-exp/consentry.min.js', 'utf8');
const variants = {
  base: { compress: { passes: 2 }, format: { comments: false } },
  p3e: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
  pg: { ecma: 2020, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
  ua: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } },
  unsafe: { ecma: 2020, compress: { passes: 3, unsafe: true }, format: { comments: false } },
  all: { ecma: 2020, compress: { passes: 3, unsafe: true, unsafe_arrows: true, pure_getters: true }, format: { comments: false } },
};
for (const [k, o] of Object.entries(variants)) {
  const r = await minify(code, o);
  console.log(k, r.code.length, gzipSync(r.code, { level: 9 }).length);
}
