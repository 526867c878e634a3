import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, SITE, SITE_PORT } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  testIgnore: ['bench/**'],
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node e2e/server.mjs ${SITE_PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${SITE_PORT}/e2e/fixtures/health.txt`,
    reuseExistingServer: !process.env.CI,
  },
});
