import type { Selectable } from 'kysely';
import { chainHash } from '../record/hash';
import type { ChainBreak, ChainReport } from '../types';
import type { ConsentStore } from './open';
import { toReceipt } from './rows';
import type { ConsentsTable } from './tables';

function contentHash(row: Selectable<ConsentsTable>): string | null {
  try {
    return chainHash({ site: row.site, seq: Number(row.seq), previousHash: row.previous_hash, receivedAt: row.received_at, clientIp: row.client_ip, receipt: toReceipt(row) });
  } catch {
    return null; // A column that no longer parses (JSON edited by hand) is a broken record too.
  }
}

/**
 * Re-computes every site's chain from its base: each record's hash must cover its content and the hash
 * before it, seqs must follow without a gap, and the last one must be the recorded head. An erased
 * record cannot be re-hashed (its content is gone) but its stored hash still links its neighbours.
 */
export async function verifyChains(store: ConsentStore, pageSize = 1000): Promise<ChainReport> {
  const chains = await store.db.selectFrom('chains').selectAll().orderBy('site').execute();
  const report: ChainReport = { sites: chains.length, records: 0, erased: 0, broken: null };
  for (const chain of chains) {
    const broken = (seq: number, reason: string): ChainReport => ({ ...report, broken: { site: chain.site, seq, reason } satisfies ChainBreak });
    let seq = Number(chain.base_seq);
    let hash = chain.base_hash;
    for (;;) {
      const rows = await store.db
        .selectFrom('consents')
        .selectAll()
        .where('site', '=', chain.site)
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        const rowSeq = Number(row.seq);
        if (rowSeq !== seq + 1) return broken(seq + 1, `record ${seq + 1} is missing`);
        if (row.previous_hash !== hash) return broken(rowSeq, 'its previous hash is not the hash of the record before it');
        if (row.erased_at === null) {
          if (contentHash(row) !== row.hash) return broken(rowSeq, 'its content does not match its hash');
        } else report.erased += 1;
        report.records += 1;
        seq = rowSeq;
        hash = row.hash;
      }
      if (rows.length < pageSize) break;
    }
    if (seq !== Number(chain.head_seq) || hash !== chain.head_hash) return broken(seq + 1, `the chain ends at record ${seq}, its head is record ${chain.head_seq}`);
  }
  return report;
}
