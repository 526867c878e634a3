import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its browsers on every machine: use the system Chromium when there is one
 * (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`), else Playwright's own (`npx playwright install chromium`).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Test sites live under `*.consentry.test` so that parent-domain cookies (`.consentry.test`) are real. */
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
export const SITE_HOST = 'www.consentry.test';
export const SITE = `http://${SITE_HOST}:${SITE_PORT}`;

export const chromiumArgs = [
  // Root in a container has no user namespaces for the sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  // Every *.test name is this machine; tracker hosts are answered by route fakes before any DNS lookup.
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP *.localhost 127.0.0.1',
];
