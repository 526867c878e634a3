import type { PoolConfig } from 'pg';
import type { ConsentStore } from './store/open';

/** The record `@consentry/core` sends to `record.endpoint` (its `ConsentReceipt`), field for field. */
export interface ConsentReceipt {
  id: string;
  timestamp: string;
  revision: string;
  regime: 'opt-in' | 'opt-out';
  method: 'accept-all' | 'reject-all' | 'custom' | 'do-not-sell' | 'gpc';
  gpc: boolean;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  path: string;
}

/** A receipt as stored: what the visitor's browser sent and what only the server knows. */
export interface StoredConsent {
  receipt: ConsentReceipt;
  /** The site origin the record came from (its `Origin` header, one of the configured origins). */
  site: string;
  receivedAt: string;
  /** Only with `storeTruncatedIp`: the client address cut to /24 (IPv4) or /48 (IPv6). */
  clientIp: string | null;
  /** Position in the site's hash chain, from 1. */
  seq: number;
  previousHash: string;
  hash: string;
}

/** Where records are kept: an SQLite file (or `:memory:`) embedded in the process, or PostgreSQL. */
export type StoreLocation = { sqlite: string } | { postgres: string | PoolConfig };

/** One line of `GET /v1/stats`: decisions of one day (UTC) by site, regime and method. */
export interface DecisionCount {
  day: string;
  site: string;
  regime: ConsentReceipt['regime'];
  method: ConsentReceipt['method'];
  count: number;
}

/** The first link of a chain that does not hold, or null for a sound chain. */
export interface ChainBreak {
  site: string;
  seq: number;
  reason: string;
}

export interface ChainReport {
  sites: number;
  records: number;
  erased: number;
  broken: ChainBreak | null;
}

export interface ReceiverOptions {
  /** An opened store (`openStore`); the receiver does not close it. */
  store: ConsentStore;
  /** Site origins allowed to post records (`https://www.example.com`); CORS is answered for these only. */
  origins: string[];
  /**
   * API tokens for the operator routes, plain or as `sha256:<hex>`. Only their SHA-256 is kept, so a
   * config or an environment holding the `sha256:` form gives nothing to whoever reads it.
   */
  tokens?: string[];
  /** Keep the client address cut to /24 or /48 with each record. Off: see the README for why. */
  storeTruncatedIp?: boolean;
  /** POSTs allowed per client address per minute (0 turns the limit off). Default 60. */
  rateLimitPerMinute?: number;
  /** Largest body accepted, in bytes. Default 8192. */
  maxBodyBytes?: number;
  /**
   * The client address of a request. Default: the Node socket's address when served by
   * `serveReceiver`; behind a proxy, give one that reads the header your proxy sets.
   */
  clientAddress?: (request: Request, env: unknown) => string | undefined;
  /** Days records are kept, for `POST /v1/purge` (`serveReceiver` also purges at start and hourly). */
  retentionDays?: number;
  /** Clock, for tests. */
  now?: () => Date;
}
