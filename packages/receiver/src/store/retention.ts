import type { ConsentStore } from './open';

/**
 * Deletes each site's records received before `cutoff`, oldest first. Only a prefix of a chain is cut
 * (up to its first record that is still kept), and the chain's base moves to the last hash deleted,
 * so what remains still verifies from its first record.
 */
export async function purgeBefore(store: ConsentStore, cutoff: Date): Promise<number> {
  const before = cutoff.toISOString();
  const sites = await store.db.selectFrom('chains').select('site').execute();
  let purged = 0;
  for (const { site } of sites) {
    purged += await store.db.transaction().execute(async (trx) => {
      // Lock the head as an append does, so that the cut and a concurrent append do not interleave.
      await trx.updateTable('chains').set((eb) => ({ head_seq: eb.ref('head_seq') })).where('site', '=', site).execute();
      const firstKept = await trx
        .selectFrom('consents')
        .select((eb) => eb.fn.min('seq').as('seq'))
        .where('site', '=', site)
        .where('received_at', '>=', before)
        .executeTakeFirst();
      let last = trx.selectFrom('consents').select(['seq', 'hash']).where('site', '=', site).orderBy('seq', 'desc').limit(1);
      if (firstKept?.seq != null) last = last.where('seq', '<', Number(firstKept.seq));
      else last = last.where('received_at', '<', before);
      const cut = await last.executeTakeFirst();
      if (!cut) return 0;
      const deleted = await trx.deleteFrom('consents').where('site', '=', site).where('seq', '<=', cut.seq).executeTakeFirst();
      await trx.updateTable('chains').set({ base_seq: cut.seq, base_hash: cut.hash }).where('site', '=', site).execute();
      return Number(deleted.numDeletedRows);
    });
  }
  return purged;
}

/** Runs the purge for `days` of retention now and then every `intervalMs` (hourly by default). */
export function scheduleRetention(store: ConsentStore, days: number, now: () => Date, intervalMs = 3_600_000): { stop(): void; run(): Promise<number> } {
  const run = () => purgeBefore(store, new Date(now().getTime() - days * 86_400_000));
  const report = (error: unknown) => console.error(`consentry-receiver: retention purge failed: ${(error as Error).message}`);
  run().catch(report);
  const timer = setInterval(() => run().catch(report), intervalMs);
  timer.unref?.();
  return { stop: () => clearInterval(timer), run };
}
