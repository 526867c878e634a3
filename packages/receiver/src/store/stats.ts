import type { DecisionCount } from '../types';
import type { ConsentStore } from './open';
import type { Range } from './pages';

/** Decisions per day (UTC), site, regime and method: counts only, nothing about any visitor. */
export async function decisionCounts(store: ConsentStore, range: Range): Promise<DecisionCount[]> {
  let query = store.db
    .selectFrom('consents')
    .select(['received_day', 'site', 'regime', 'method', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('erased_at', 'is', null)
    .groupBy(['received_day', 'site', 'regime', 'method'])
    .orderBy('received_day')
    .orderBy('site')
    .orderBy('regime')
    .orderBy('method');
  if (range.from) query = query.where('received_at', '>=', range.from);
  if (range.to) query = query.where('received_at', '<', range.to);
  const rows = await query.execute();
  return rows.map((row) => ({
    day: row.received_day,
    site: row.site,
    regime: row.regime as DecisionCount['regime'],
    method: row.method as DecisionCount['method'],
    // PostgreSQL's count() is a bigint, which pg gives as a string.
    count: Number(row.count),
  }));
}
