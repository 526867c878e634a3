#!/usr/bin/env node
// consentry-receiver: the consent-record server (`--help` for its options).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`consentry-receiver: ${error.message}`);
    process.exit(1);
  },
);
