import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Versioned schema, applied in name order and never edited once released: a change is a new entry.
 * Several instances starting at once on one PostgreSQL are safe: Kysely's migrator takes a lock.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  const rowId = dialect === 'postgres' ? sql`bigserial primary key` : sql`integer primary key autoincrement`;
  return {
    '0001_consents': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('consents')
          .addColumn('row_id', rowId)
          .addColumn('site', 'text', (column) => column.notNull())
          .addColumn('seq', 'integer', (column) => column.notNull())
          .addColumn('consent_id', 'text')
          .addColumn('timestamp', 'text')
          .addColumn('revision', 'text')
          .addColumn('regime', 'text')
          .addColumn('method', 'text')
          .addColumn('gpc', 'integer')
          .addColumn('categories', 'text')
          .addColumn('services', 'text')
          .addColumn('path', 'text')
          .addColumn('received_at', 'text', (column) => column.notNull())
          .addColumn('received_day', 'text', (column) => column.notNull())
          .addColumn('client_ip', 'text')
          .addColumn('previous_hash', 'text', (column) => column.notNull())
          .addColumn('hash', 'text', (column) => column.notNull())
          .addColumn('erased_at', 'text')
          .addUniqueConstraint('consents_site_seq', ['site', 'seq'])
          // Idempotence: a retried or twice-sent decision is the same id and timestamp.
          .addUniqueConstraint('consents_decision', ['site', 'consent_id', 'timestamp'])
          .execute();
        await db.schema.createIndex('consents_by_id').on('consents').column('consent_id').execute();
        await db.schema.createIndex('consents_by_received').on('consents').columns(['received_at', 'row_id']).execute();
        await db.schema
          .createTable('chains')
          .addColumn('site', 'text', (column) => column.primaryKey())
          .addColumn('head_seq', 'integer', (column) => column.notNull())
          .addColumn('head_hash', 'text', (column) => column.notNull())
          .addColumn('base_seq', 'integer', (column) => column.notNull())
          .addColumn('base_hash', 'text', (column) => column.notNull())
          .execute();
      },
    },
    '0002_notices_and_erasures': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('notices')
          .addColumn('revision', 'text', (column) => column.primaryKey())
          .addColumn('body', 'text', (column) => column.notNull())
          .addColumn('hash', 'text', (column) => column.notNull())
          .addColumn('received_at', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createTable('erasures')
          .addColumn('row_id', rowId)
          .addColumn('erased_at', 'text', (column) => column.notNull())
          .addColumn('record_count', 'integer', (column) => column.notNull())
          .addColumn('hashes', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('consents_by_day').on('consents').columns(['received_day', 'site']).execute();
      },
    },
  };
}

export function migrator(db: Kysely<any>, dialect: Dialect): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  return new Migrator({ db, provider });
}

/** Brings the schema to the newest version (or to `target`); throws with the failing migration's name. */
export async function migrate(db: Kysely<any>, dialect: Dialect, target?: string): Promise<string[]> {
  const runner = migrator(db, dialect);
  const { error, results } = target ? await runner.migrateTo(target) : await runner.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`consentry-receiver: migration ${failed} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}
