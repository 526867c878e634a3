// Self-contained browser bundles of the consentry package (IIFE, minified, no other request).
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { resolve as resolvePath } from 'node:path';

const packages = (name) => resolvePath(`packages/${name}/src/index.ts`);

/** One IIFE bundle built from the sources of every workspace package, so it tree-shakes across them. */
export function browserBundle(input, file, name) {
  return {
    input,
    output: { file, format: 'iife', name, generatedCode: 'es2015' },
    plugins: [
      {
        name: 'workspace-sources',
        resolveId: (id) =>
          ({
            '@consentry/core': packages('core'),
            '@consentry/integrations': packages('integrations'),
            '@consentry/zones': packages('zones'),
            '@consentry/ui': packages('ui'),
          })[id] ?? null,
      },
      resolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript({
        tsconfig: 'tsconfig.base.json',
        include: [resolvePath('packages/*/src/**/*')],
        exclude: ['**/*.test.ts', '**/*.test.tsx'],
        compilerOptions: { declaration: false, outDir: 'packages/consentry/dist' },
      }),
      terser({
        // A third pass inlines more of the functions called once into their callers: about 30 B less gzip.
        compress: { passes: 3 },
        // V8's explicit compile hint: nearly every function runs at startup, so Chromium compiles them all
        // while the script streams in, off the main thread, instead of one by one as each is first called.
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      }),
    ],
  };
}

export default [
  // Headless: the core with integrations and zones, no UI. Used by sites with their own UI and by fixtures.
  browserBundle('packages/consentry/src/headless.ts', 'packages/consentry/dist/consentry-headless.min.js', 'ConsentryHeadless'),
  // The script tag: everything above plus the banner and dialog; reads its JSON config block.
  browserBundle('packages/consentry/src/script-tag.ts', 'packages/consentry/dist/consentry.min.js', 'Consentry'),
];
