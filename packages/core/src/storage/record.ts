import type { Choices, ConsentMethod, BrowserWindow, Regime } from '../types';

/**
 * Bump when the stored shape changes: a record of another version is ignored and the visitor asked again.
 * Version 1 had no proof-of-consent fields (regime, path, categories, services).
 */
export const RECORD_VERSION = 2;

/** A decision: what was chosen, how and when. */
export interface Decision {
  v: typeof RECORD_VERSION;
  revision: string;
  id: string;
  createdAt: number;
  updatedAt: number;
  method: Exclude<ConsentMethod, 'default'>;
  choices: Choices;
  gpc: boolean;
}

/**
 * What is stored in localStorage and/or the cookie: the decision and what its proof-of-consent record
 * said (the regime, page and consent as they were then), so that `receipt()` returns that very record on
 * any later page and under a later config.
 */
export interface StoredRecord extends Decision {
  regime: Regime;
  path: string;
  categories: Choices;
  services: Choices;
}

const METHODS = ['accept-all', 'reject-all', 'custom', 'do-not-sell', 'gpc'];
const REGIMES = ['opt-in', 'opt-out'];
/** Clock skew we tolerate before a timestamp "from the future" counts as tampering. */
const SKEW_MS = 5 * 60_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isChoices = (value: unknown): boolean => isObject(value) && Object.values(value).every((choice) => typeof choice === 'boolean');

/**
 * Reads a stored value. Anything unexpected (corrupt JSON, another version, wrong types, a timestamp in
 * the future) yields null: the visitor is asked again and nothing is granted meanwhile.
 */
export function decodeRecord(raw: string | null, now: number): StoredRecord | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(value) || value.v !== RECORD_VERSION) return null;
  const { revision, id, createdAt, updatedAt, method, choices, gpc, regime, path, categories, services } = value;
  const valid =
    typeof revision === 'string' &&
    typeof id === 'string' &&
    /^[0-9a-f]{32}$/.test(id) &&
    typeof createdAt === 'number' &&
    typeof updatedAt === 'number' &&
    createdAt <= updatedAt &&
    updatedAt <= now + SKEW_MS &&
    METHODS.includes(method as string) &&
    typeof gpc === 'boolean' &&
    isChoices(choices) &&
    REGIMES.includes(regime as string) &&
    typeof path === 'string' &&
    isChoices(categories) &&
    isChoices(services);
  return valid ? (value as unknown as StoredRecord) : null;
}

export const encodeRecord = (record: StoredRecord): string => JSON.stringify(record);

/** A pseudonymous consent id: 128 random bits, hex. getRandomValues works outside secure contexts too. */
export function newConsentId(window: BrowserWindow): string {
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
