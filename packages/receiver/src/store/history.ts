import type { StoredConsent } from '../types';
import type { ConsentStore } from './open';
import { toStored } from './rows';

/** Every stored decision of one consent id, oldest first (erased ones are gone). */
export async function consentHistory(store: ConsentStore, consentId: string): Promise<StoredConsent[]> {
  const rows = await store.db
    .selectFrom('consents')
    .selectAll()
    .where('consent_id', '=', consentId)
    .where('erased_at', 'is', null)
    .orderBy('received_at')
    .orderBy('row_id')
    .execute();
  return rows.map(toStored);
}

/**
 * GDPR Art. 17: empties every record of the id. Each row keeps its place, previous hash and hash, so the
 * chain still verifies link by link; the erasure log keeps when, how many and those hashes, and not the
 * id (a hash of a 128-bit random id would still single the visitor out).
 */
export async function eraseConsent(store: ConsentStore, consentId: string, now: Date): Promise<number> {
  return store.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('consents')
      .select(['row_id', 'hash'])
      .where('consent_id', '=', consentId)
      .where('erased_at', 'is', null)
      .execute();
    if (rows.length === 0) return 0;
    const erasedAt = now.toISOString();
    await trx
      .updateTable('consents')
      .set({
        consent_id: null,
        timestamp: null,
        revision: null,
        regime: null,
        method: null,
        gpc: null,
        categories: null,
        services: null,
        path: null,
        client_ip: null,
        erased_at: erasedAt,
      })
      .where('row_id', 'in', rows.map((row) => row.row_id))
      .execute();
    const hashes = rows.map((row) => row.hash);
    await trx.insertInto('erasures').values({ erased_at: erasedAt, record_count: rows.length, hashes: JSON.stringify(hashes) }).execute();
    return rows.length;
  });
}
