// Keeps the README's size table true: fails when its byte counts differ from what size-limit measures
// now; `--write` rewrites the table. Run by `npm test` after the budgets themselves.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';
const readme = readFileSync('README.md', 'utf8');
const results = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const rows = results.map(({ name, size, sizeLimit }) => `| ${name} | ${size.toLocaleString('en')} B | ${sizeLimit.toLocaleString('en')} B |`);
const table = [START, '| what | gzip | budget |', '|---|---|---|', ...rows, END].join('\n');

const current = readme.includes(START) ? readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length) : null;
if (process.argv.includes('--write')) {
  if (!current) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync('README.md', readme.replace(current, table));
  console.log('README.md size table updated');
} else if (current !== table) {
  console.error(`README.md sizes differ from the build; run \`npm run sizes\`.\nREADME:\n${current}\nbuild:\n${table}`);
  process.exit(1);
} else {
  console.log('README.md sizes match the build');
}
