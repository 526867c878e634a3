// Packs every public workspace package into a tarball npm can install, as `npm publish <tarball>` would
// publish it: `pnpm pack` rewrites `workspace:*` dependencies to the packages' versions (npm refuses
// the `workspace:` protocol, EUNSUPPORTEDPROTOCOL), and the root LICENSE is copied into each package.
// Run after `npm run build`. Usage: node scripts/pack.mjs [destination folder, default ./packed]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const destination = resolve(process.argv[2] ?? `${root}/packed`);
const pnpm = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).packageManager;

mkdirSync(destination, { recursive: true });
for (const name of readdirSync(`${root}/packages`)) copyFileSync(`${root}/LICENSE`, `${root}/packages/${name}/LICENSE`);
// One pnpm run for all of them (pnpm skips private packages): npx starts in seconds, not once per package.
execFileSync('npx', ['--yes', pnpm, '--recursive', '--filter', './packages/*', 'pack', '--pack-destination', destination], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log(`packed into ${destination}:\n${readdirSync(destination).filter((file) => file.endsWith('.tgz')).join('\n')}`);
