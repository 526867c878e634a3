import { rollup } from 'rollup';
import { browserBundle } from '../packages/consentry/rollup.extra.mjs';
import { gzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
const out = 'packages/consentry/dist-exp/consentry.min.js';
const cfg = browserBundle('packages/consentry/src/script-tag.ts', out, 'Consentry');
for (const p of cfg.plugins) if (p.name === 'typescript') {}
const ts = cfg.plugins.findIndex(p => p.name === 'typescript');
const { default: typescript } = await import('@rollup/plugin-typescript');
const { resolve } = await import('node:path');
cfg.plugins[ts] = typescript({ tsconfig: 'tsconfig.base.json', include: [resolve('packages/*/src/**/*')], exclude: ['**/*.test.ts'], compilerOptions: { declaration: false, outDir: 'packages/consentry/dist-exp' }, noEmitOnError: false });
const b = await rollup({ ...cfg, onwarn: () => {} });
const { output } = await b.generate(cfg.output);
mkdirSync('packages/consentry/dist-exp', { recursive: true });
writeFileSync(out, output[0].code);
console.log('raw', output[0].code.length, 'gzip', gzipSync(output[0].code, { level: 9 }).length);
