// The packages as a registry would serve them: `npm run pack`'s tarballs, installed with npm (which refuses
// `workspace:` dependencies) into an app of their own, type-checked with TypeScript and loaded by Node with
// `require` and `import`. Runs in Node, no browser; needs a build (`npm run build`) and the npm registry
// (or npm's cache) for typescript and react.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pinned = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as { devDependencies: Record<string, string> };
const workspace = pinned('package.json').devDependencies;
const react = pinned('packages/react/package.json').devDependencies;

/** npm's codes for a registry it cannot reach: the only reason to skip rather than fail. */
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/;

const APP = `
import { createConsentry as createWithUi, type ConsentryConfig } from 'consentry';
import { createConsentry } from '@consentry/core';
import { clarity, ga4 } from '@consentry/integrations';
import { ConsentGate, ConsentPreferencesButton, ConsentryProvider, useConsent } from '@consentry/react';
import { readConsentFromCookie } from '@consentry/react/server';

const config: ConsentryConfig = { revision: '1', categories: { analytics: { label: 'Analytics' } } };
export const start = () => createWithUi(config);
export const typed = () => [
  createConsentry({ revision: '1', services: [{ id: 'c', vendor: 'clarity', category: 'analytics', projectId: 'abc' }] }, { vendors: [clarity, ga4] }),
  // @ts-expect-error Clarity's field is projectId: the root entry of @consentry/integrations carries the vendors' types
  createConsentry({ revision: '1', services: [{ id: 'c', vendor: 'clarity', category: 'analytics', projectID: 'abc' }] }, { vendors: [clarity, ga4] }),
];
export const react = [ConsentGate, ConsentPreferencesButton, ConsentryProvider, useConsent, readConsentFromCookie];
`;

/** A server render with the published bindings: the factory must not run, the gate shows its fallback. */
const SERVER_RENDER = `
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import { ConsentGate, ConsentPreferencesButton, ConsentryProvider } from '@consentry/react';
const consentry = () => { throw new Error('created during a server render'); };
const gate = h(ConsentGate, { category: 'marketing', fallback: h('p', null, 'Video blocked') }, h('iframe', { title: 'video' }));
console.log(version.split('.')[0], renderToString(h(ConsentryProvider, { consentry }, gate, h(ConsentPreferencesButton))));
`;

/** Installs the tarballs and `dependencies` into a new app in `dir`; skips the test when npm cannot reach the registry. */
async function install(dir: string, tarballs: string[], dependencies: string[]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  try {
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs, ...dependencies], { cwd: dir });
  } catch (error: any) {
    test.skip(OFFLINE.test(String(error.stderr)), `the npm registry is unreachable and npm's cache lacks ${dependencies.join(', ')}`);
    throw error;
  }
}

const TSCONFIG = {
  compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: true },
  files: ['app.ts'],
};

test('the packed tarballs install with npm into an app that type-checks, loads them with require and import, and renders on the server with React 18 and 19', async () => {
  // npm installs two scratch apps: about 2 minutes alone, more while the browser tests share the machine.
  test.setTimeout(480_000);
  const dir = mkdtempSync(join(tmpdir(), 'consentry-packages-'));
  try {
    await run('node', [join(root, 'scripts/pack.mjs'), join(dir, 'packed')]);
    const tarballs = readdirSync(join(dir, 'packed')).map((file) => join(dir, 'packed', file));
    expect(tarballs.map((file) => file.replace(/.*\//, '')).sort()).toEqual(
      ['consentry', 'consentry-audit', 'consentry-core', 'consentry-integrations', 'consentry-react', 'consentry-receiver', 'consentry-ui', 'consentry-zones'].map((name) => `${name}-0.1.0.tgz`),
    );
    for (const tarball of tarballs) {
      const files = (await run('tar', ['-tzf', tarball])).stdout.split('\n');
      expect(files, tarball).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/package.json']));
      expect(files.filter((file) => /\/test\/|\.test\./.test(file)), tarball).toEqual([]);
    }

    writeFileSync(join(dir, 'app.ts'), APP);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    // The Node tools are checked as tarballs only: installing them here would build better-sqlite3 and
    // fetch Playwright, minutes for what their own tests already cover.
    const browserSide = tarballs.filter((tarball) => !/consentry-(audit|receiver)-/.test(tarball));
    await install(dir, browserSide, [`typescript@${workspace.typescript}`, `react@${react.react}`, `react-dom@${react['react-dom']}`, `@types/react@${react['@types/react']}`]);

    // `tsc` also fails on an @ts-expect-error with no error under it.
    const typecheck = await run('npx', ['tsc', '-p', '.'], { cwd: dir }).catch((error) => error);
    expect(typecheck.stdout).toBe('');

    const names = ['consentry', 'consentry/check', '@consentry/core', '@consentry/integrations', '@consentry/integrations/clarity', '@consentry/react', '@consentry/react/server'];
    // Node 20.19+ loads ES modules with require() through the `default` export condition.
    const script = `console.log(JSON.stringify([typeof require('consentry').createConsentry, ${names.map((name) => `Object.keys(require('${name}')).length`).join(', ')}]))`;
    const [createType, ...exportCounts] = JSON.parse((await run('node', ['-e', script], { cwd: dir })).stdout);
    expect(createType).toBe('function');
    expect(exportCounts.filter((count: number) => count > 0)).toHaveLength(names.length);
    const imported = await run('node', ['--input-type=module', '-e', `import { createConsentry } from 'consentry'; import { clarity } from '@consentry/integrations/clarity'; console.log(typeof createConsentry, clarity.vendor)`], { cwd: dir });
    expect(imported.stdout.trim()).toBe('function clarity');

    // Next.js treats the React bindings as client components only with the directive on the file's first line.
    const built = (file: string) => readFileSync(join(dir, 'node_modules/@consentry/react/dist', file), 'utf8');
    expect(built('index.js')).toMatch(/^'use client';\n/);
    expect(built('server.js')).not.toContain('use client');

    // React 18 and 19, each in an app of its own: npm would give a second react-dom the app's one react.
    const react18 = join(dir, 'react-18');
    await install(react18, tarballs, ['react@18.3.1', 'react-dom@18.3.1']);
    for (const [app, major] of [[dir, '19'], [react18, '18']]) {
      const html = (await run('node', ['--input-type=module', '-e', SERVER_RENDER], { cwd: app })).stdout;
      expect(html).toMatch(new RegExp(`^${major} `));
      expect(html).toContain('<p>Video blocked</p>');
      expect(html).not.toContain('<iframe');
      expect(html).toMatch(/<button type="button" disabled="">Cookie settings<\/button>/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
