// Builds the SPA example the way an app would bundle Consentry from npm: `consentry` and preact are
// resolved from the example's own node_modules (the workspace link to the built package), not from sources.
// Run after the packages are built: `npm run build` runs it second.
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { resolve as resolvePath } from 'node:path';

const spa = 'examples/spa-dashboard';

export default {
  input: `${spa}/src/main.tsx`,
  output: { file: `${spa}/dist/app.js`, format: 'es' },
  plugins: [
    resolve({ browser: true, rootDir: spa }),
    json({ preferConst: true }),
    typescript({
      tsconfig: 'tsconfig.base.json',
      include: [resolvePath(`${spa}/src/**/*`)],
      compilerOptions: { declaration: false, noEmit: false, outDir: `${spa}/dist` },
    }),
    terser({ format: { comments: false } }),
  ],
};
