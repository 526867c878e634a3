import type { Generated } from 'kysely';

/**
 * One row per received decision. Append-only: a row is never updated but for erasure, which empties its
 * content and keeps its place and hash in the chain.
 */
export interface ConsentsTable {
  row_id: Generated<number>;
  site: string;
  seq: number;
  consent_id: string | null;
  timestamp: string | null;
  revision: string | null;
  regime: string | null;
  method: string | null;
  gpc: number | null;
  categories: string | null;
  services: string | null;
  path: string | null;
  received_at: string;
  received_day: string;
  client_ip: string | null;
  previous_hash: string;
  hash: string;
  erased_at: string | null;
}

/** The head of each site's chain, and where it starts once retention has purged its oldest records. */
export interface ChainsTable {
  site: string;
  head_seq: number;
  head_hash: string;
  base_seq: number;
  base_hash: string;
}

export interface NoticesTable {
  revision: string;
  body: string;
  hash: string;
  received_at: string;
}

/** Erasures, without what was erased: when, how many records, and the hashes that stay in the chain. */
export interface ErasuresTable {
  row_id: Generated<number>;
  erased_at: string;
  record_count: number;
  hashes: string;
}

export interface Tables {
  consents: ConsentsTable;
  chains: ChainsTable;
  notices: NoticesTable;
  erasures: ErasuresTable;
}
