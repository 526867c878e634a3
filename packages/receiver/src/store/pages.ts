import type { StoredConsent } from '../types';
import type { ConsentStore } from './open';
import { toStored } from './rows';

export interface Range {
  /** ISO date or date-time, inclusive. */
  from?: string;
  /** ISO date or date-time, exclusive. */
  to?: string;
}

/**
 * The stored records received in a range, a page at a time by keyset on the row id, so an export of
 * millions of records holds one page in memory and a long export never repeats or skips a row.
 */
export async function* consentPages(store: ConsentStore, range: Range, pageSize = 500): AsyncGenerator<StoredConsent[]> {
  let after = 0;
  for (;;) {
    let query = store.db
      .selectFrom('consents')
      .selectAll()
      .where('erased_at', 'is', null)
      .where('row_id', '>', after)
      .orderBy('row_id')
      .limit(pageSize);
    if (range.from) query = query.where('received_at', '>=', range.from);
    if (range.to) query = query.where('received_at', '<', range.to);
    const rows = await query.execute();
    if (rows.length > 0) yield rows.map(toStored);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.row_id);
  }
}
