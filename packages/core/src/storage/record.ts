import type { Choices, ConsentMethod, BrowserWindow } from '../types';

/** Bump when the stored shape changes: a record of another version is ignored and the visitor asked again. */
export const RECORD_VERSION = 1;

/** What is stored in localStorage and/or the cookie. */
export interface StoredRecord {
  v: typeof RECORD_VERSION;
  revision: string;
  id: string;
  createdAt: number;
  updatedAt: number;
  method: Exclude<ConsentMethod, 'default'>;
  choices: Choices;
  gpc: boolean;
}

const METHODS = ['accept-all', 'reject-all', 'custom', 'do-not-sell'];
/** Clock skew we tolerate before a timestamp "from the future" counts as tampering. */
const SKEW_MS = 5 * 60_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
  const { revision, id, createdAt, updatedAt, method, choices, gpc } = value;
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
    isObject(choices) &&
    Object.values(choices).every((choice) => typeof choice === 'boolean');
  return valid ? (value as unknown as StoredRecord) : null;
}

export const encodeRecord = (record: StoredRecord): string => JSON.stringify(record);

/** A pseudonymous consent id: 128 random bits, hex. getRandomValues works outside secure contexts too. */
export function newConsentId(window: BrowserWindow): string {
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
