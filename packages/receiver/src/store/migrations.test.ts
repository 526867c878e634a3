// @vitest-environment node
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { appendConsent } from './append';
import { migrate, migrations } from './migrations';
import { openStore } from './open';
import { consentHistory } from './history';
import { aReceipt, SITE } from '../test/receipts';
import { testStores } from '../test/stores';

describe.each(testStores)('migrations on $name', (testStore) => {
  afterEach(() => testStore.cleanup());

  it('bring a store of the first version forward without losing its records', async () => {
    const location = await testStore.location();
    const file = 'sqlite' in location ? `/tmp/consentry-migrate-${process.pid}-${Date.now()}.db` : null;
    const db =
      'sqlite' in location
        ? new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file!) }) })
        : new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(location.postgres as pg.PoolConfig) }) });
    const dialect = 'sqlite' in location ? 'sqlite' : 'postgres';
    expect(await migrate(db, dialect, '0001_consents')).toEqual(['0001_consents']);
    await db.insertInto('chains').values({ site: SITE, head_seq: 0, head_hash: '0'.repeat(64), base_seq: 0, base_hash: '0'.repeat(64) }).execute();
    await db.destroy();

    const store = await openStore(file ? { sqlite: file } : location);
    const receipt = aReceipt();
    await appendConsent(store, receipt, { site: SITE, receivedAt: new Date(), clientIp: null });
    expect((await consentHistory(store, receipt.id))[0]?.receipt).toEqual(receipt);
    const applied = await store.db.selectFrom('kysely_migration' as any).select('name').orderBy('name').execute();
    expect(applied.map((row: any) => row.name)).toEqual(Object.keys(migrations(dialect)));
    await store.close();
    // Opening again runs nothing.
    const again = await openStore(file ? { sqlite: file } : location);
    expect(await migrate(again.db, dialect)).toEqual([]);
    await again.close();
  });
});
