#!/usr/bin/env node
// consentry check <file>: validates a Consentry config (JSON) as the browser will, naming each bad field.
import { readFileSync } from 'node:fs';
import { checkConfig } from '../dist/check.js';

const [command, file] = process.argv.slice(2);
if (command !== 'check' || !file) {
  console.error('usage: consentry check <consentry.config.json>');
  process.exit(2);
}

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
