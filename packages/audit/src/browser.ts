import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AuditSetupError } from './types';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The system Chromium when there is one (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`), else the one
 * Playwright installs (`npx playwright install chromium`), the same order the project's browser tests use.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export const chromiumArgs = [
  // Root in a container has no user namespaces for the sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  // Chromium's own update and safe-browsing traffic would be counted as the site's.
  '--disable-background-networking',
  '--disable-component-update',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath && !existsSync(executablePath)) {
    throw new AuditSetupError(`CHROMIUM_PATH is ${executablePath}, which does not exist (unset it to use ${SYSTEM_CHROMIUM} or Playwright's Chromium)`);
  }
  try {
    return await chromium.launch({ executablePath, args: chromiumArgs });
  } catch (error) {
    if (executablePath) throw new AuditSetupError(`cannot start Chromium at ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
    throw new AuditSetupError(
      `no Chromium found: set CHROMIUM_PATH, install the system one at ${SYSTEM_CHROMIUM}, or run \`npx playwright install chromium\` for Playwright's`,
    );
  }
}
