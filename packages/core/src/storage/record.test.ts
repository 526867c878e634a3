import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, newConsentId, type StoredRecord } from './record';
import type { BrowserWindow } from '../types';

const NOW = Date.UTC(2026, 2, 1);
const record: StoredRecord = {
  v: 2,
  revision: '2026-03',
  id: '0123456789abcdef0123456789abcdef',
  createdAt: NOW - 1000,
  updatedAt: NOW,
  method: 'custom',
  choices: { analytics: true, marketing: false },
  gpc: false,
  regime: 'opt-in',
  path: '/pricing',
  categories: { necessary: true, analytics: true, marketing: false },
  services: { stats: true },
};
const tampered = (changes: Record<string, unknown>) => JSON.stringify({ ...record, ...changes });

describe('stored record', () => {
  it('round-trips', () => {
    expect(decodeRecord(encodeRecord(record), NOW)).toEqual(record);
  });

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"v":1,'],
    ['not an object', '[1]'],
    ['an unknown schema version', tampered({ v: 3 })],
    ['a record of the previous shape (version 1, without its proof-of-consent fields)', tampered({ v: 1, regime: undefined, path: undefined, categories: undefined, services: undefined })],
    ['an unknown regime', tampered({ regime: 'gdpr' })],
    ['a missing path', tampered({ path: undefined })],
    ['a recorded service that is not a boolean', tampered({ services: { stats: 1 } })],
    ['a malformed consent id', tampered({ id: 'me' })],
    ['a choice that is not a boolean', tampered({ choices: { analytics: 'yes' } })],
    ['an unknown method', tampered({ method: 'forced' })],
    ['an update before its creation', tampered({ createdAt: NOW + 1 })],
    ['a timestamp from the future', tampered({ updatedAt: NOW + 3_600_000, createdAt: NOW })],
    ['a missing GPC flag', tampered({ gpc: undefined })],
  ])('ignores %s', (_, raw) => {
    expect(decodeRecord(raw, NOW)).toBeNull();
  });

  it('makes unpredictable 128-bit consent ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newConsentId(window as BrowserWindow)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
