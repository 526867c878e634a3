import { describe, expect, it } from 'vitest';
import { computeState, currentRecord } from './state';
import { normalizeConfig } from '../config/load';
import { siteConfig } from '../test/fixtures';
import type { StoredRecord } from '../storage/record';
import type { BrowserWindow, ConsentryConfig } from '../types';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const config = (changes: Partial<ConsentryConfig> = {}) => normalizeConfig(siteConfig(changes), window as BrowserWindow);
const stored = (changes: Partial<StoredRecord> = {}): StoredRecord => ({
  v: 2,
  revision: '2026-03',
  id: '0123456789abcdef0123456789abcdef',
  createdAt: NOW - DAY,
  updatedAt: NOW - DAY,
  method: 'custom',
  choices: { analytics: true, marketing: false },
  gpc: false,
  regime: 'opt-in',
  path: '/',
  categories: { necessary: true, analytics: true, marketing: false },
  services: { stats: true, ads: false },
  ...changes,
});

describe('consent state', () => {
  it('opt-in: grants nothing optional before a choice', () => {
    const state = computeState(config(), null, false);
    expect(state).toMatchObject({ decided: false, method: 'default', id: null, updatedAt: null, regime: 'opt-in' });
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(state.services).toEqual({ stats: false, ads: false });
  });

  it('a boolean inherited from Object.prototype is no stored choice', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.analytics = true;
    prototype.marketing = true;
    try {
      const state = computeState(config(), stored({ choices: { necessary: true } }), false);
      expect(state.decided).toBe(false);
      expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    } finally {
      delete prototype.analytics;
      delete prototype.marketing;
    }
  });

  it('opt-out: optional categories are on until the visitor opts out', () => {
    const state = computeState(config({ regime: 'opt-out' }), null, false);
    expect(state.decided).toBe(false);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: true });
  });

  it('GPC turns sharing categories off in every regime, whatever was chosen', () => {
    for (const regime of ['opt-in', 'opt-out'] as const) {
      const state = computeState(config({ regime }), stored({ choices: { analytics: true, marketing: true } }), true);
      expect(state.categories.marketing).toBe(false);
      expect(state.categories.analytics).toBe(true);
      expect(state.services.ads).toBe(false);
      expect(state.gpc).toBe(true);
    }
  });

  it('a record made by GPC answers nothing: the consent is that of no choice, still undecided', () => {
    const byGpc = stored({ method: 'gpc', choices: {}, gpc: true });
    const state = computeState(config({ regime: 'opt-out' }), byGpc, true);
    expect(state).toMatchObject({ decided: false, method: 'gpc', id: byGpc.id, gpc: true });
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(currentRecord(config({ regime: 'opt-out' }), byGpc, NOW, true)).toBe(byGpc);
    // GPC turned off since: what it decided no longer holds.
    expect(currentRecord(config({ regime: 'opt-out' }), byGpc, NOW, false)).toBeNull();
  });

  it('says GPC was honoured only when a category was affected', () => {
    const state = computeState(config({ categories: { analytics: { label: 'A' } }, services: [] }), null, true);
    expect(state.gpc).toBe(false);
  });

  it('applies a stored choice', () => {
    const state = computeState(config(), stored(), false);
    expect(state).toMatchObject({ decided: true, method: 'custom', id: '0123456789abcdef0123456789abcdef' });
    expect(state.updatedAt).toBe(new Date(NOW - DAY).toISOString());
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });

  it('lets a visitor turn one service off inside a granted category', () => {
    const state = computeState(config(), stored({ choices: { analytics: true, marketing: true, ads: false } }), false);
    expect(state.services).toEqual({ stats: true, ads: false });
    expect(state.categories.marketing).toBe(true);
  });

  it('asks again about a category added since the choice, denying it meanwhile, keeping earlier answers', () => {
    const withNew = config({ categories: { analytics: { label: 'A' }, marketing: { label: 'M' }, video: { label: 'V' } } });
    const state = computeState(withNew, stored(), false);
    expect(state.decided).toBe(false);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false, video: false });
  });

  it('opt-out too: a category added since the choice is denied, so a new sharing one never follows "Do Not Sell"', () => {
    const withNew = config({ regime: 'opt-out', categories: { analytics: { label: 'A' }, marketing: { label: 'M' }, ads: { label: 'Ads', sharing: true } } });
    const state = computeState(withNew, stored({ method: 'do-not-sell', choices: { analytics: true, marketing: false } }), false);
    expect(state.decided).toBe(false);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false, ads: false });
  });

  it('denies a category named like an Object built-in until the visitor grants it', () => {
    const builtIns = config({ categories: { constructor: { label: 'C' }, toString: { label: 'T' } }, services: [] });
    expect(computeState(builtIns, null, false).categories).toEqual({ necessary: true, constructor: false, toString: false });
    const state = computeState(builtIns, stored({ choices: { toString: true } }), false);
    expect(state.categories).toEqual({ necessary: true, constructor: false, toString: true });
    expect(state.decided).toBe(false);
  });

  it('ignores a choice made for another revision', () => {
    expect(currentRecord(config({ revision: '2026-04' }), stored(), NOW, false)).toBeNull();
  });

  it('ignores a choice older than the maximum age (182 days by default)', () => {
    expect(currentRecord(config(), stored({ updatedAt: NOW - 181 * DAY }), NOW, false)).not.toBeNull();
    expect(currentRecord(config(), stored({ updatedAt: NOW - 183 * DAY }), NOW, false)).toBeNull();
    expect(currentRecord(config({ storage: { maxAgeDays: 30 } }), stored({ updatedAt: NOW - 31 * DAY }), NOW, false)).toBeNull();
  });
});
