import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the sources, so a test never depends on a stale build.
    alias: [
      { find: /^@consentry\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@consentry\/core\/schema$/, replacement: src('core/src/schema.ts') },
      { find: /^@consentry\/integrations$/, replacement: src('integrations/src/index.ts') },
      { find: /^@consentry\/integrations\/(.*)$/, replacement: src('integrations/src/$1/index.ts') },
      { find: /^@consentry\/ui$/, replacement: src('ui/src/index.ts') },
      { find: /^@consentry\/zones$/, replacement: src('zones/src/index.ts') },
      { find: /^@consentry\/audit$/, replacement: src('audit/src/index.ts') },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'examples/*/src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
