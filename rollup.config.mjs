// Builds every workspace package: ESM + type declarations for each entry its package.json exports
// (`"./x": { "default": "./dist/x.js" }` is built from `src/x.ts` or `src/x/index.ts`), in dependency order.
// A package may add its own builds (the script-tag bundle) in `rollup.extra.mjs` beside its package.json.
// `dist` is emptied first: whatever is in it is published (`npm run pack`).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';

const ORDER = ['core', 'integrations', 'zones', 'ui', 'audit', 'consentry', 'react', 'receiver'];

function sourceFor(dir, distFile) {
  const base = distFile.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '');
  const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  const found = candidates.map((file) => `${dir}/${file}`).find((file) => existsSync(file));
  if (!found) throw new Error(`${dir}: no source for ${distFile}`);
  return found;
}

function library(name) {
  const dir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const input = {};
  for (const target of Object.values(pkg.exports)) {
    if (typeof target === 'object') {
      input[target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '')] = sourceFor(dir, target.default);
    }
  }
  // Entries whose source opens with 'use client' (React Server Components' marker): rollup drops module
  // directives when it bundles, so the marker is put back on top of the entry's file.
  const clientEntries = new Set(Object.keys(input).filter((name) => /^\s*['"]use client['"]/.test(readFileSync(input[name], 'utf8'))));
  // `src/x/index.ts` builds to `dist/x.js` but declares `dist/x/index.d.ts`. TypeScript resolves `./x` (as
  // the root `index.d.ts` imports it) to `x.js` before the folder and types it `any`: a `dist/x.d.ts`
  // re-exporting the folder's declarations is found first.
  const folderEntries = Object.keys(input).filter((name) => input[name].endsWith(`/${name}/index.ts`));
  // Plain files a package publishes (`"./x.json": "./dist/x.json"`) are copied from `src/`.
  const assets = Object.values(pkg.exports).filter((target) => typeof target === 'string');
  const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    input,
    external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: false,
      chunkFileNames: 'shared/[name]-[hash].js',
      banner: (chunk) => (chunk.isEntry && clientEntries.has(chunk.name) ? "'use client';" : ''),
    },
    plugins: [
      { name: 'empty-dist', buildStart: () => rmSync(`${dir}/dist`, { recursive: true, force: true }) },
      json({ preferConst: true }),
      {
        name: 'copy-assets',
        generateBundle() {
          for (const asset of assets) {
            const fileName = asset.replace(/^\.\/dist\//, '');
            this.emitFile({ type: 'asset', fileName, source: readFileSync(`${dir}/src/${fileName}`) });
          }
          for (const name of folderEntries) {
            this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from './${name}/index';\n` });
          }
        },
      },
      typescript({
        tsconfig: 'tsconfig.base.json',
        include: [resolve(`${dir}/src/**/*`), resolve(`${dir}/src/**/*.json`)],
        // Tests and their helpers (`src/test/`) are not published.
        exclude: ['**/*.test.ts', '**/*.test.tsx', '**/test/**'],
        compilerOptions: { outDir: `${dir}/dist`, declarationDir: `${dir}/dist`, rootDir: `${dir}/src` },
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes("'use client'")) return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

const builds = [];
for (const name of ORDER.filter((name) => existsSync(`packages/${name}/package.json`))) {
  builds.push(library(name));
  const extra = `packages/${name}/rollup.extra.mjs`;
  if (existsSync(extra)) builds.push(...(await import(pathToFileURL(extra).href)).default);
}
export default builds;
