import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { metaPixel, plausible, posthog, segment, vendors } from './index';
import * as schemas from './schema';

describe('each vendor’s JSON Schema', () => {
  for (const vendor of [...vendors, posthog, segment, plausible, metaPixel]) {
    it(`${vendor.vendor}: is what zod generates from ${vendor.vendor}/schema.ts`, () => {
      const name = vendor.vendor.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase());
      const zodSchema = (schemas as Record<string, z.ZodMiniObject>)[`${name}Schema`]!;
      // A fragment of the config schema: the core's JSON Schema names the draft once, at its root.
      const { $schema: _draft, ...generated } = z.toJSONSchema(zodSchema, { io: 'input' });
      expect(vendor.schema).toEqual(generated);
    });
  }
});
