import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { configSchema } from './schema';

describe('consentry.schema.json', () => {
  it('is generated from the zod schema (run `vitest -u` after changing schema.ts)', async () => {
    const generated = z.toJSONSchema(configSchema, { io: 'input' });
    await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot('../consentry.schema.json');
  });
});
