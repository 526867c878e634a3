// `npm run bench`: not part of `npm test` (a benchmark, not a timed test). One worker: tools must not
// compete for the CPU they are measured on.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '_profile.spec.ts',
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
});
