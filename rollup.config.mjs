// Builds every workspace package: ESM + type declarations for each entry its package.json exports
// (`"./x": { "import": "./dist/x.js" }` is built from `src/x.ts` or `src/x/index.ts`), in dependency order.
// A package may add its own builds (the script-tag bundle) in `rollup.extra.mjs` beside its package.json.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';

const ORDER = ['core', 'integrations', 'zones', 'ui', 'consentry', 'react', 'receiver'];

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
    if (typeof target === 'object' && target.import) {
      input[target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, '')] = sourceFor(dir, target.import);
    }
  }
  // Plain files a package publishes (`"./x.json": "./dist/x.json"`) are copied from `src/`.
  const assets = Object.values(pkg.exports).filter((target) => typeof target === 'string');
  const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    input,
    external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: { dir: `${dir}/dist`, format: 'es', preserveModules: false, chunkFileNames: 'shared/[name]-[hash].js' },
    plugins: [
      json({ preferConst: true }),
      {
        name: 'copy-assets',
        generateBundle() {
          for (const asset of assets) {
            const fileName = asset.replace(/^\.\/dist\//, '');
            this.emitFile({ type: 'asset', fileName, source: readFileSync(`${dir}/src/${fileName}`) });
          }
        },
      },
      typescript({
        tsconfig: 'tsconfig.base.json',
        include: [resolve(`${dir}/src/**/*`), resolve(`${dir}/src/**/*.json`)],
        exclude: ['**/*.test.ts', '**/*.test.tsx'],
        compilerOptions: { outDir: `${dir}/dist`, declarationDir: `${dir}/dist`, rootDir: `${dir}/src` },
      }),
    ],
    onwarn(warning, warn) {
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
