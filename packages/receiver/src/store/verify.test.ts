// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendConsent } from './append';
import type { ConsentStore } from './open';
import { verifyChains } from './verify';
import { aReceipt, SITE } from '../test/receipts';
import { testStores } from '../test/stores';

describe.each(testStores)('verifyChains on $name', (testStore) => {
  let store: ConsentStore;
  beforeEach(async () => {
    store = await testStore.open();
    for (let index = 0; index < 5; index += 1) await appendConsent(store, aReceipt(), { site: SITE, receivedAt: new Date(), clientIp: null });
    await appendConsent(store, aReceipt(), { site: 'https://other.example', receivedAt: new Date(), clientIp: null });
  });
  afterEach(async () => {
    await store.close();
    await testStore.cleanup();
  });

  it('finds a sound chain sound', async () => {
    expect(await verifyChains(store)).toEqual({ sites: 2, records: 6, erased: 0, broken: null });
  });

  it('reports a record whose content was changed', async () => {
    await store.db.updateTable('consents').set({ method: 'accept-all' }).where('site', '=', SITE).where('seq', '=', 3).execute();
    expect((await verifyChains(store)).broken).toEqual({ site: SITE, seq: 3, reason: 'its content does not match its hash' });
  });

  it('reports a record re-hashed after a change by the link after it', async () => {
    await store.db.updateTable('consents').set({ hash: 'f'.repeat(64) }).where('site', '=', SITE).where('seq', '=', 2).execute();
    // Record 2 itself no longer matches its content; had it been re-hashed to match, record 3's link would break.
    expect((await verifyChains(store)).broken).toMatchObject({ site: SITE, seq: 2 });
  });

  it('reports a record whose stored choices no longer parse', async () => {
    await store.db.updateTable('consents').set({ categories: '{"analytics":tru' }).where('site', '=', SITE).where('seq', '=', 1).execute();
    expect((await verifyChains(store)).broken).toMatchObject({ site: SITE, seq: 1 });
  });

  it('reports a record taken out of the middle', async () => {
    await store.db.deleteFrom('consents').where('site', '=', SITE).where('seq', '=', 4).execute();
    expect((await verifyChains(store)).broken).toEqual({ site: SITE, seq: 4, reason: 'record 4 is missing' });
  });

  it('reports the last record taken away', async () => {
    await store.db.deleteFrom('consents').where('site', '=', SITE).where('seq', '=', 5).execute();
    expect((await verifyChains(store)).broken).toMatchObject({ site: SITE, seq: 5 });
  });
});
