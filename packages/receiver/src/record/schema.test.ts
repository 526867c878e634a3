// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../core/src/record/receipt';
import { parseReceipt } from './schema';

describe('parseReceipt', () => {
  it("accepts what the SDK's buildReceipt sends, unchanged", () => {
    const receipt = buildReceipt({
      v: 2,
      revision: '2026-03',
      id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
      createdAt: Date.UTC(2026, 2, 2, 10),
      updatedAt: Date.UTC(2026, 2, 2, 10, 5),
      method: 'custom',
      choices: { analytics: true },
      gpc: false,
      regime: 'opt-in',
      path: '/pricing',
      categories: { necessary: true, analytics: true },
      services: { clarity: true },
    });
    expect(parseReceipt(JSON.parse(JSON.stringify(receipt)))).toEqual({ receipt });
  });

  it('names an unknown field by its path', () => {
    const receipt = { id: 'c0ffee00c0ffee00c0ffee00c0ffee00', timestamp: '2026-03-02T10:00:00.000Z', revision: '1', regime: 'opt-in', method: 'custom', gpc: false, categories: {}, services: {}, path: '/' };
    expect(parseReceipt({ ...receipt, extra: 1 })).toEqual({ issue: { field: 'extra', message: 'unknown field' } });
    expect(parseReceipt({ ...receipt, services: { '9lives': true } })).toEqual({ issue: { field: 'services.9lives', message: 'expected a category or service id' } });
    // zod would drop it silently: what is stored must be all that was sent.
    expect(parseReceipt(JSON.parse(JSON.stringify(receipt).replace('"services":{', '"services":{"__proto__":true')))).toEqual({ issue: { field: 'services.__proto__', message: 'unknown field' } });
  });
});
