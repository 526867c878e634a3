import { canonicalJson, sha256 } from '../record/hash';
import type { ConsentStore } from './open';

export interface Notice {
  revision: string;
  notice: unknown;
  hash: string;
  receivedAt: string;
}

/**
 * Registers what visitors were shown under a revision (the config, or its texts). EDPB Guidelines
 * 05/2020 §108: "merely referring to a correct configuration" is not enough to demonstrate consent, so a
 * revision is kept as given and never replaced: the same content again is accepted, other content is
 * refused (`conflict`), and a changed notice needs a new revision.
 */
export async function putNotice(
  store: ConsentStore,
  revision: string,
  notice: unknown,
  now: Date,
): Promise<{ status: 'created' | 'unchanged' | 'conflict'; notice: Notice }> {
  const body = canonicalJson(notice);
  const hash = sha256(body);
  const inserted = await store.db
    .insertInto('notices')
    .values({ revision, body, hash, received_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('revision').doNothing())
    .executeTakeFirst();
  const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  const stored = (await getNotice(store, revision))!;
  return { status: created ? 'created' : stored.hash === hash ? 'unchanged' : 'conflict', notice: stored };
}

export async function getNotice(store: ConsentStore, revision: string): Promise<Notice | undefined> {
  const row = await store.db.selectFrom('notices').selectAll().where('revision', '=', revision).executeTakeFirst();
  return row && { revision: row.revision, notice: JSON.parse(row.body), hash: row.hash, receivedAt: row.received_at };
}
