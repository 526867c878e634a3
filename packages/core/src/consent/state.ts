import type { Choices, ConsentState, NormalizedConfig } from '../types';
import type { Decision, StoredRecord } from '../storage/record';

const DAY_MS = 86_400_000;

/**
 * A stored record still counts only for the same revision and within its maximum age; one made by GPC
 * only while GPC is still on.
 */
export function currentRecord(config: NormalizedConfig, record: StoredRecord | null, now: number, gpc: boolean): StoredRecord | null {
  if (!record || record.revision !== config.revision || (record.method === 'gpc' && !gpc)) return null;
  return now - record.updatedAt > config.storage.maxAgeDays * DAY_MS ? null : record;
}

/**
 * The consent in force. Opt-in: nothing optional before a choice. Opt-out: optional categories on until
 * the visitor opts out. In every regime GPC turns sharing categories off. A category the stored choice
 * does not know (added since) is denied, opt-out included (it must not start sharing after a "Do Not
 * Sell or Share"), and makes the choice undecided again.
 */
export function computeState(config: NormalizedConfig, record: Decision | null, gpc: boolean): ConsentState {
  // A record made by GPC proves what the signal turned off, but answers nothing the banner asks: the
  // consent is that of no choice, and the visitor is still asked.
  const choice = record?.method === 'gpc' ? null : record;
  // Own properties only: a page that sets `Object.prototype.analytics = true` must not make a choice.
  const choices: Choices = Object.assign(Object.create(null), choice?.choices);
  const categories: Record<string, boolean> = { necessary: true };
  let decided = choice !== null;
  for (const [id, category] of Object.entries(config.categories)) {
    // Stored choices are booleans: anything else (`constructor`, `toString`) is inherited, not chosen.
    const chosen = choices[id];
    if (typeof chosen !== 'boolean') decided = false;
    categories[id] = !(gpc && category.sharing) && (choice ? chosen === true : config.regime === 'opt-out');
  }
  const services: Record<string, boolean> = {};
  for (const service of config.services) {
    services[service.id] = categories[service.category] === true && choices[service.id] !== false;
  }
  // Frozen, as every listener, vendor and `get()` caller is handed this very object: writing to it must
  // not grant anything without a recorded choice.
  return Object.freeze({
    decided,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    revision: config.revision,
    id: record?.id ?? null,
    updatedAt: record ? new Date(record.updatedAt).toISOString() : null,
    method: record?.method ?? 'default',
    regime: config.regime,
    gpc: gpc && Object.values(config.categories).some((category) => category.sharing),
  });
}

/** Choices that grant (or deny) every optional category, keeping nothing of earlier service choices. */
export function allChoices(config: NormalizedConfig, granted: boolean): Choices {
  return Object.fromEntries(Object.keys(config.categories).map((id) => [id, granted]));
}

export const sameState = (a: ConsentState, b: ConsentState): boolean => JSON.stringify(a) === JSON.stringify(b);
