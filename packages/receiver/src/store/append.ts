import type { Transaction } from 'kysely';
import { chainHash, GENESIS_HASH } from '../record/hash';
import type { ConsentReceipt, StoredConsent } from '../types';
import type { ConsentStore } from './open';
import { toStored } from './rows';
import type { Tables } from './tables';

export interface Arrival {
  site: string;
  receivedAt: Date;
  clientIp: string | null;
}

/**
 * Takes the site's chain head for this transaction. The UPDATE holds the row lock until commit, so
 * appends to one site from any number of processes on one PostgreSQL are serialised, and the head read
 * is the one committed last (READ COMMITTED re-reads the row once the lock is granted). SQLite has one
 * writer at a time anyway.
 */
async function lockHead(trx: Transaction<Tables>, site: string): Promise<{ seq: number; hash: string }> {
  await trx
    .insertInto('chains')
    .values({ site, head_seq: 0, head_hash: GENESIS_HASH, base_seq: 0, base_hash: GENESIS_HASH })
    .onConflict((conflict) => conflict.column('site').doNothing())
    .execute();
  const head = await trx
    .updateTable('chains')
    .set((eb) => ({ head_seq: eb.ref('head_seq') }))
    .where('site', '=', site)
    .returning(['head_seq', 'head_hash'])
    .executeTakeFirstOrThrow();
  return { seq: head.head_seq, hash: head.head_hash };
}

/**
 * Stores a decision at the end of its site's chain, once: the same consent id and timestamp again
 * (a retry, two tabs) returns the record already stored, with `created: false`.
 */
export async function appendConsent(
  store: ConsentStore,
  receipt: ConsentReceipt,
  arrival: Arrival,
): Promise<{ created: boolean; record: StoredConsent }> {
  return store.db.transaction().execute(async (trx) => {
    const head = await lockHead(trx, arrival.site);
    const existing = await trx
      .selectFrom('consents')
      .selectAll()
      .where('site', '=', arrival.site)
      .where('consent_id', '=', receipt.id)
      .where('timestamp', '=', receipt.timestamp)
      .executeTakeFirst();
    if (existing) return { created: false, record: toStored(existing) };

    const seq = head.seq + 1;
    const receivedAt = arrival.receivedAt.toISOString();
    const hash = chainHash({ site: arrival.site, seq, previousHash: head.hash, receivedAt, clientIp: arrival.clientIp, receipt });
    const row = {
      site: arrival.site,
      seq,
      consent_id: receipt.id,
      timestamp: receipt.timestamp,
      revision: receipt.revision,
      regime: receipt.regime,
      method: receipt.method,
      gpc: receipt.gpc ? 1 : 0,
      categories: JSON.stringify(receipt.categories),
      services: JSON.stringify(receipt.services),
      path: receipt.path,
      received_at: receivedAt,
      received_day: receivedAt.slice(0, 10),
      client_ip: arrival.clientIp,
      previous_hash: head.hash,
      hash,
      erased_at: null,
    };
    await trx.insertInto('consents').values(row).execute();
    await trx.updateTable('chains').set({ head_seq: seq, head_hash: hash }).where('site', '=', arrival.site).execute();
    return { created: true, record: toStored(row) };
  });
}
