// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReceiver, type Receiver } from './app';
import type { ConsentStore } from '../store/open';
import { verifyChains } from '../store/verify';
import { aReceipt, operatorRequest, postRecord, SITE, TOKEN } from '../test/receipts';
import { testStores } from '../test/stores';

describe.each(testStores)('operator routes on $name', (testStore) => {
  let store: ConsentStore;
  let receiver: Receiver;
  let clock: Date;

  beforeEach(async () => {
    store = await testStore.open();
    clock = new Date('2026-03-02T10:00:00.000Z');
    receiver = createReceiver({ store, origins: [SITE, 'https://shop.example.com'], tokens: [TOKEN], now: () => clock, retentionDays: 30 });
  });
  afterEach(async () => {
    await store.close();
    await testStore.cleanup();
  });

  const post = async (receipt = aReceipt(), origin = SITE) => {
    const answer = await receiver.fetch(postRecord(receipt, { origin }));
    expect(answer.status).toBe(201);
    return receipt;
  };

  it('erases every record of an id, logs the erasure without its content, and the chain still verifies', async () => {
    await post();
    const visitor = await post();
    await post({ ...visitor, method: 'reject-all', timestamp: '2026-03-02T11:00:00.000Z' });
    await post();

    const erased = await receiver.fetch(operatorRequest(`/v1/consents/${visitor.id}`, { method: 'DELETE' }));
    expect(await erased.json()).toEqual({ erased: 2 });
    expect((await receiver.fetch(new Request(`http://receiver.test/v1/consents/${visitor.id}`))).status).toBe(404);

    const everything = JSON.stringify(await store.db.selectFrom('consents').selectAll().execute()) + JSON.stringify(await store.db.selectFrom('erasures').selectAll().execute());
    expect(everything).not.toContain(visitor.id);
    const log = await store.db.selectFrom('erasures').selectAll().execute();
    expect(log).toMatchObject([{ record_count: 2 }]);
    expect(await verifyChains(store)).toMatchObject({ records: 4, erased: 2, broken: null });
    expect((await receiver.fetch(operatorRequest(`/v1/consents/${visitor.id}`, { method: 'DELETE' }))).status).toBe(404);
  });

  it('registers a notice per revision with its hash, and never replaces it', async () => {
    const notice = { revision: '2026-03', texts: { en: { title: 'We use cookies' } } };
    const put = (body: unknown) => receiver.fetch(operatorRequest('/v1/notices/2026-03', { method: 'PUT', body: JSON.stringify(body) }));
    const created = await put(notice);
    expect(created.status).toBe(201);
    const { hash } = await created.json();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // The same content with its keys in another order is the same notice.
    expect((await put({ texts: notice.texts, revision: notice.revision })).status).toBe(200);
    const changed = await put({ ...notice, texts: { en: { title: 'Cookies!' } } });
    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ field: 'revision' });

    const stored = await (await receiver.fetch(new Request('http://receiver.test/v1/notices/2026-03'))).json();
    expect(stored).toMatchObject({ revision: '2026-03', notice, hash });
    expect((await receiver.fetch(operatorRequest('/v1/notices/2026-04', { method: 'PUT', body: 'nope' }))).status).toBe(400);
  });

  it('exports the records of a range as NDJSON and CSV', async () => {
    const early = await post();
    clock = new Date('2026-03-05T10:00:00.000Z');
    const late = await post({ ...aReceipt(), revision: '=HYPERLINK("x")' }, 'https://shop.example.com');

    const ndjson = await (await receiver.fetch(operatorRequest('/v1/export?from=2026-03-01&to=2026-03-03'))).text();
    const lines = ndjson.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ receipt: early, site: SITE, receivedAt: '2026-03-02T10:00:00.000Z' });

    const answer = await receiver.fetch(operatorRequest('/v1/export?format=csv'));
    expect(answer.headers.get('content-type')).toContain('text/csv');
    const rows = (await answer.text()).trim().split('\r\n');
    expect(rows[0]).toBe('site,seq,receivedAt,id,timestamp,revision,regime,method,gpc,categories,services,path,clientIp,previousHash,hash');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain(late.id);
    // A value a spreadsheet would run as a formula is quoted out of it.
    expect(rows[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('refuses an export of a bad range or format, naming it', async () => {
    expect(await (await receiver.fetch(operatorRequest('/v1/export?from=last-week'))).json()).toMatchObject({ field: 'from' });
    expect(await (await receiver.fetch(operatorRequest('/v1/export?format=xml'))).json()).toMatchObject({ field: 'format' });
  });

  it('counts decisions per day by regime and method, and nothing else', async () => {
    await post({ ...aReceipt(), method: 'accept-all' });
    await post({ ...aReceipt(), method: 'accept-all' });
    await post({ ...aReceipt(), method: 'reject-all' });
    clock = new Date('2026-03-03T09:00:00.000Z');
    await post({ ...aReceipt(), method: 'gpc', regime: 'opt-out', gpc: true });
    const { decisions } = await (await receiver.fetch(operatorRequest('/v1/stats'))).json();
    expect(decisions).toEqual([
      { day: '2026-03-02', site: SITE, regime: 'opt-in', method: 'accept-all', count: 2 },
      { day: '2026-03-02', site: SITE, regime: 'opt-in', method: 'reject-all', count: 1 },
      { day: '2026-03-03', site: SITE, regime: 'opt-out', method: 'gpc', count: 1 },
    ]);
    const { decisions: lastDay } = await (await receiver.fetch(operatorRequest('/v1/stats?from=2026-03-03'))).json();
    expect(lastDay).toHaveLength(1);
  });

  it('purges what is older than the retention period on demand, and the rest still verifies', async () => {
    const old = await post();
    await post(aReceipt(), 'https://shop.example.com');
    clock = new Date('2026-03-20T10:00:00.000Z');
    const recent = await post();
    clock = new Date('2026-04-10T10:00:00.000Z');

    expect(await (await receiver.fetch(operatorRequest('/v1/purge', { method: 'POST' }))).json()).toEqual({ purged: 2 });
    expect((await receiver.fetch(new Request(`http://receiver.test/v1/consents/${old.id}`))).status).toBe(404);
    expect((await receiver.fetch(new Request(`http://receiver.test/v1/consents/${recent.id}`))).status).toBe(200);
    expect(await verifyChains(store)).toMatchObject({ records: 1, broken: null });
    // The chain goes on from where it was, not from the start.
    await post();
    expect(await verifyChains(store)).toMatchObject({ records: 2, broken: null });
  });
});
