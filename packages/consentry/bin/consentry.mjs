#!/usr/bin/env node
// consentry check <file>: validates a Consentry config (JSON) as the browser will, naming each bad field.
// consentry audit <url>: checks a running site in Chromium (from @consentry/audit, installed apart: it brings Playwright).
import { readFileSync } from 'node:fs';

const USAGE = `usage:
  consentry check <consentry.config.json>   validate a config
  consentry audit <url> [options]           audit a site in Chromium (consentry audit --help)`;

const [command, ...rest] = process.argv.slice(2);

if (command === 'audit') {
  let cli;
  try {
    cli = await import('@consentry/audit/cli');
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@consentry/audit')) throw error;
    console.error('consentry audit needs @consentry/audit: npm install --save-dev @consentry/audit');
    process.exit(2);
  }
  process.exitCode = await cli.main(rest);
} else if (command === '--help' || command === '-h') {
  console.log(USAGE);
} else if (command === 'check' && rest.length === 1) {
  const { checkConfig } = await import('../dist/check.js');
  const [file] = rest;
  let config;
  try {
    const text = readFileSync(file, 'utf8');
    // Pasted into `<script type="application/json">`, a raw "</script" ends the block there, and what follows
    // is the page's HTML: JSON can write it "\u003c/script" instead.
    if (/<\/script/i.test(text)) console.warn(`Consentry: ${file} contains "</script", which ends a config block in HTML; write "<" as \\u003c`);
    config = JSON.parse(text);
  } catch (error) {
    console.error(`Consentry: cannot read ${file}: ${error.message}`);
    process.exit(1);
  }
  const issues = checkConfig(config);
  if (issues.length) {
    console.error(`Consentry: ${file} is invalid\n${issues.map(({ path, message }) => `- ${path || '(root)'}: ${message}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${file}: valid`);
} else {
  console.error(USAGE);
  process.exit(2);
}
