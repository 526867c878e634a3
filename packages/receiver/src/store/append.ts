import type { Transaction } from 'kysely';
import { chainHash, GENESIS_HASH } from '../record/hash';
import type { ConsentReceipt, StoredConsent } from '../types';
import type { ConsentStore } from './open';
import { toStored } from './rows';
import type { ConsentsTable, Tables } from './tables';

export interface Arrival {
  site: string;
  receivedAt: Date;
  clientIp: string | null;
}

export interface Appended {
  created: boolean;
  record: StoredConsent;
}

interface Pending {
  receipt: ConsentReceipt;
  arrival: Arrival;
  resolve: (appended: Appended) => void;
  reject: (error: unknown) => void;
}

// Records arriving while a commit is on disk wait for the next one, which carries up to this many.
const MAX_BATCH = 256;

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
  return { seq: Number(head.head_seq), hash: head.head_hash };
}

const decisionKey = (id: string | null, timestamp: string | null) => `${id} ${timestamp}`;

/** Appends one site's records in arrival order, each chained to the one before, duplicates skipped. */
async function appendToSite(trx: Transaction<Tables>, site: string, batch: Pending[]): Promise<Appended[]> {
  let head = await lockHead(trx, site);
  const existing = await trx
    .selectFrom('consents')
    .selectAll()
    .where('site', '=', site)
    .where('consent_id', 'in', [...new Set(batch.map(({ receipt }) => receipt.id))])
    .execute();
  const known = new Map(existing.map((row) => [decisionKey(row.consent_id, row.timestamp), row]));
  const rows: Omit<ConsentsTable, 'row_id'>[] = [];
  const appended = batch.map(({ receipt, arrival }): Appended => {
    const key = decisionKey(receipt.id, receipt.timestamp);
    const stored = known.get(key);
    if (stored) return { created: false, record: toStored(stored) };
    const seq = head.seq + 1;
    const receivedAt = arrival.receivedAt.toISOString();
    const hash = chainHash({ site, seq, previousHash: head.hash, receivedAt, clientIp: arrival.clientIp, receipt });
    const row = {
      site,
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
    rows.push(row);
    known.set(key, { ...row, row_id: 0 });
    head = { seq, hash };
    return { created: true, record: toStored(row) };
  });
  if (rows.length > 0) {
    await trx.insertInto('consents').values(rows).execute();
    await trx.updateTable('chains').set({ head_seq: head.seq, head_hash: head.hash }).where('site', '=', site).execute();
  }
  return appended;
}

/** One transaction, one commit to disk, for every record waiting; sites locked in name order (no deadlock). */
async function commitBatch(store: ConsentStore, batch: Pending[]): Promise<void> {
  const bySite = new Map<string, Pending[]>();
  for (const pending of batch) bySite.set(pending.arrival.site, [...(bySite.get(pending.arrival.site) ?? []), pending]);
  try {
    const results = await store.db.transaction().execute(async (trx) => {
      const done = new Map<Pending, Appended>();
      for (const site of [...bySite.keys()].sort()) {
        const pendings = bySite.get(site)!;
        (await appendToSite(trx, site, pendings)).forEach((appended, index) => done.set(pendings[index]!, appended));
      }
      return done;
    });
    for (const pending of batch) pending.resolve(results.get(pending)!);
  } catch (error) {
    for (const pending of batch) pending.reject(error);
  }
}

const queues = new WeakMap<ConsentStore, { waiting: Pending[]; draining: boolean }>();

async function drain(store: ConsentStore, queue: { waiting: Pending[]; draining: boolean }): Promise<void> {
  while (queue.waiting.length > 0) await commitBatch(store, queue.waiting.splice(0, MAX_BATCH));
  queue.draining = false;
}

/**
 * Stores a decision at the end of its site's chain, once: the same consent id and timestamp again
 * (a retry, two tabs) resolves to the record already stored, with `created: false`. It resolves only
 * once the record is committed. Records that arrive together are committed together (group commit):
 * the disk's flush, not the request count, sets the pace.
 */
export function appendConsent(store: ConsentStore, receipt: ConsentReceipt, arrival: Arrival): Promise<Appended> {
  let queue = queues.get(store);
  if (!queue) queues.set(store, (queue = { waiting: [], draining: false }));
  const appended = new Promise<Appended>((resolve, reject) => queue.waiting.push({ receipt, arrival, resolve, reject }));
  if (!queue.draining) {
    queue.draining = true;
    // better-sqlite3 runs a whole transaction without yielding to I/O: starting it after this turn of
    // the event loop lets the requests already read join the batch instead of each committing alone.
    setImmediate(() => void drain(store, queue));
  }
  return appended;
}
