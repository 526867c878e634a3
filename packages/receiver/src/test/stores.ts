import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type ConsentStore } from '../store/open';
import type { StoreLocation } from '../types';

/**
 * The stores every receiver suite runs on: SQLite in memory always, and PostgreSQL when DATABASE_URL
 * is set (`.ci/run` starts a throwaway cluster and sets it). Each PostgreSQL store is a fresh schema.
 */
export interface TestStore {
  name: 'sqlite' | 'postgres';
  /** A new, empty location (migrated by openStore). */
  location(): Promise<StoreLocation>;
  open(): Promise<ConsentStore>;
  /** Drops what `location()` created. */
  cleanup(): Promise<void>;
}

function sqliteStore(): TestStore {
  return {
    name: 'sqlite',
    location: async () => ({ sqlite: ':memory:' }),
    open: () => openStore({ sqlite: ':memory:' }),
    cleanup: async () => undefined,
  };
}

function postgresStore(url: string): TestStore {
  const schemas: string[] = [];
  const admin = () => new pg.Client({ connectionString: url });
  const location = async (): Promise<StoreLocation> => {
    const schema = `consentry_test_${randomBytes(6).toString('hex')}`;
    const client = admin();
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    schemas.push(schema);
    return { postgres: { connectionString: url, options: `-c search_path=${schema}`, max: 4 } };
  };
  return {
    name: 'postgres',
    location,
    open: async () => openStore(await location()),
    async cleanup() {
      const client = admin();
      await client.connect();
      for (const schema of schemas.splice(0)) await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export const testStores: TestStore[] = [sqliteStore(), ...(process.env.DATABASE_URL ? [postgresStore(process.env.DATABASE_URL)] : [])];
