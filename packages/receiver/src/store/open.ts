import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { StoreLocation } from '../types';
import { migrate, type Dialect } from './migrations';
import type { Tables } from './tables';

/** A migrated database and the dialect its queries are written for. */
export interface ConsentStore {
  db: Kysely<Tables>;
  dialect: Dialect;
  close(): Promise<void>;
}

async function connect(location: StoreLocation): Promise<{ db: Kysely<Tables>; dialect: Dialect }> {
  if ('sqlite' in location) {
    const { default: Database } = await import('better-sqlite3');
    const database = new Database(location.sqlite);
    // WAL: readers (export, GET) do not block the writer. synchronous=FULL: a record acknowledged is
    // on disk, not only handed to the OS ("nothing acknowledged is lost", even on power loss).
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    return { db: new Kysely<Tables>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' };
  }
  const { default: pg } = await import('pg');
  const config = typeof location.postgres === 'string' ? { connectionString: location.postgres } : location.postgres;
  return { db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool(config) }) }), dialect: 'postgres' };
}

/** Opens the store and runs its pending migrations before anything else uses it. */
export async function openStore(location: StoreLocation): Promise<ConsentStore> {
  const { db, dialect } = await connect(location);
  try {
    await migrate(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}
