import { createHash } from 'node:crypto';

/** The previous hash of a chain's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so that the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a chained record's hash covers: its content, its place, and the hash before it. */
export interface ChainedContent {
  site: string;
  seq: number;
  previousHash: string;
  receivedAt: string;
  clientIp: string | null;
  receipt: unknown;
}

export const chainHash = (content: ChainedContent): string => sha256(canonicalJson(content));
