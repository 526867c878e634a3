import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseAuditConfig } from './load';
import { auditConfigSchema } from './schema';

describe('consentry.audit.schema.json', () => {
  it('is generated from the zod schema (run `vitest -u` after changing schema.ts)', async () => {
    const generated = z.toJSONSchema(auditConfigSchema, { io: 'input' });
    await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot('../consentry.audit.schema.json');
  });
});

describe('parseAuditConfig', () => {
  it('names each bad field by path', () => {
    expect(() => parseAuditConfig({ zones: [{ link: 'Dashboard' }], checks: { 'zone-direct': 'maybe' } })).toThrow(
      /zones\[0\]\.page: .*\n- checks\.zone-direct: /,
    );
  });

  it('refuses a check id the audit does not have, so a typo cannot turn a check off silently', () => {
    expect(() => parseAuditConfig({ checks: { 'zone-dirct': 'off' } })).toThrow(/checks/);
  });

  it('accepts a full config', () => {
    const config = { pages: ['/', '/pricing'], zones: [{ page: '/app', link: 'Open the app' }], checks: { 'zone-csp-header': 'off' as const }, windowMs: 3000 };
    expect(parseAuditConfig(config)).toEqual(config);
  });
});
