// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReceiver, type Receiver } from './app';
import type { ConsentStore } from '../store/open';
import { aReceipt, operatorRequest, postRecord, SITE, TOKEN } from '../test/receipts';
import { testStores } from '../test/stores';

describe.each(testStores)('POST and GET /v1/consents on $name', (testStore) => {
  let store: ConsentStore;
  let receiver: Receiver;
  const make = (options: Partial<Parameters<typeof createReceiver>[0]> = {}) =>
    createReceiver({
      store,
      origins: [SITE],
      tokens: [TOKEN],
      clientAddress: (request) => request.headers.get('x-test-address') ?? '203.0.113.7',
      ...options,
    });

  beforeEach(async () => {
    store = await testStore.open();
    receiver = make();
  });
  afterEach(async () => {
    await store.close();
    await testStore.cleanup();
  });

  const storedCount = async () => Number((await store.db.selectFrom('consents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores the record the SDK sends and returns it, field for field, in the history of its id', async () => {
    const receipt = aReceipt();
    const posted = await receiver.fetch(postRecord(receipt));
    expect(posted.status).toBe(201);
    const { seq, hash } = await posted.json();
    expect(seq).toBe(1);

    const history = await receiver.fetch(new Request(`http://receiver.test/v1/consents/${receipt.id}`));
    expect(history.status).toBe(200);
    const body = await history.json();
    expect(body.records).toHaveLength(1);
    expect(body.records[0]).toMatchObject({ receipt, site: SITE, seq: 1, hash, clientIp: null });
    expect(Object.keys(body.records[0].receipt)).toEqual(Object.keys(receipt));
  });

  it('accepts application/json as well as the text/plain of sendBeacon', async () => {
    expect((await receiver.fetch(postRecord(aReceipt(), { type: 'application/json' }))).status).toBe(201);
    expect(await storedCount()).toBe(1);
  });

  it('stores a retried decision once, and a later decision of the same id after it', async () => {
    const receipt = aReceipt();
    expect((await receiver.fetch(postRecord(receipt))).status).toBe(201);
    const again = await receiver.fetch(postRecord(receipt));
    expect(again.status).toBe(200);
    expect((await again.json()).seq).toBe(1);
    expect((await receiver.fetch(postRecord({ ...receipt, method: 'reject-all', timestamp: '2026-03-03T10:00:00.000Z' }))).status).toBe(201);

    const body = await (await receiver.fetch(new Request(`http://receiver.test/v1/consents/${receipt.id}`))).json();
    expect(body.records.map((record: { receipt: { method: string } }) => record.receipt.method)).toEqual(['custom', 'reject-all']);
  });

  it('stores duplicates sent at once (two tabs) once', async () => {
    const receipt = aReceipt();
    const answers = await Promise.all(Array.from({ length: 5 }, () => receiver.fetch(postRecord(receipt))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await storedCount()).toBe(1);
  });

  it('chains each record to the one before it on the same site', async () => {
    const first = await (await receiver.fetch(postRecord(aReceipt()))).json();
    await receiver.fetch(postRecord(aReceipt()));
    const rows = await store.db.selectFrom('consents').select(['seq', 'previous_hash', 'hash']).orderBy('seq').execute();
    expect(rows[1]).toMatchObject({ seq: 2, previous_hash: first.hash });
  });

  it('answers CORS for the configured origins only', async () => {
    const preflight = (origin: string) =>
      receiver.fetch(new Request('http://receiver.test/v1/consents', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }));
    expect((await preflight(SITE)).headers.get('access-control-allow-origin')).toBe(SITE);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await receiver.fetch(postRecord(aReceipt()))).headers.get('access-control-allow-origin')).toBe(SITE);
  });

  it('refuses a record from another origin, or from none', async () => {
    const other = await receiver.fetch(postRecord(aReceipt(), { origin: 'https://evil.example' }));
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ field: 'origin' });
    const none = new Request('http://receiver.test/v1/consents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(aReceipt()) });
    expect((await receiver.fetch(none)).status).toBe(403);
    expect(await storedCount()).toBe(0);
  });

  const { id: _id, ...withoutId } = aReceipt();
  const badBodies: [string, string, string | undefined, string][] = [
    ['bad JSON', '{"id": "a', undefined, '(body)'],
    ['a JSON array', '[]', undefined, '(body)'],
    ['an unknown field', JSON.stringify({ ...aReceipt(), ip: '1.2.3.4' }), undefined, 'ip'],
    ['a missing field', JSON.stringify(withoutId), undefined, 'id'],
    ['a wrong type', JSON.stringify({ ...aReceipt(), gpc: 'false' }), undefined, 'gpc'],
    ['a wrong type deep inside', JSON.stringify({ ...aReceipt(), categories: { analytics: 'yes' } }), undefined, 'categories.analytics'],
    ['a key that is no category id', JSON.stringify(aReceipt()).replace('"categories":{', '"categories":{"__proto__":true,'), undefined, 'categories.__proto__'],
    ['an unknown method', JSON.stringify({ ...aReceipt(), method: 'default' }), undefined, 'method'],
    ['a timestamp that is no ISO date-time', JSON.stringify({ ...aReceipt(), timestamp: 'yesterday' }), undefined, 'timestamp'],
    ['an id that is no consent id', JSON.stringify({ ...aReceipt(), id: '../../etc' }), undefined, 'id'],
    ['a body over 8 KB', JSON.stringify({ ...aReceipt(), path: `/${'a'.repeat(9000)}` }), undefined, '(body)'],
    ['another content type', JSON.stringify(aReceipt()), 'application/x-www-form-urlencoded', 'content-type'],
    ['bytes that are not UTF-8', '\uFFFD', undefined, '(body)'],
  ];

  it.each(badBodies)('refuses %s with a 400 naming the field, and stores nothing', async (_name, body, type, field) => {
    const request = body === '\uFFFD'
      ? new Request('http://receiver.test/v1/consents', { method: 'POST', headers: { origin: SITE, 'content-type': 'text/plain' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) })
      : postRecord(body, { type });
    const answer = await receiver.fetch(request);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(await answer.json()).toMatchObject({ field });
    expect(await storedCount()).toBe(0);
  });

  it('keeps serving after every kind of bad request', async () => {
    for (const [, body, type] of badBodies) await receiver.fetch(postRecord(body, { type }));
    expect((await receiver.fetch(postRecord(aReceipt()))).status).toBe(201);
  });

  it('limits records per client address', async () => {
    receiver = make({ rateLimitPerMinute: 2 });
    const from = (address: string) => receiver.fetch(new Request(postRecord(aReceipt()), { headers: { origin: SITE, 'content-type': 'text/plain', 'x-test-address': address } }));
    expect((await from('198.51.100.1')).status).toBe(201);
    expect((await from('198.51.100.1')).status).toBe(201);
    const limited = await from('198.51.100.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from('198.51.100.2')).status).toBe(201);
    expect(await storedCount()).toBe(3);
  });

  it('keeps no client address unless told to, and then only its network', async () => {
    await receiver.fetch(postRecord(aReceipt()));
    receiver = make({ storeTruncatedIp: true });
    await receiver.fetch(postRecord(aReceipt()));
    const addresses = await store.db.selectFrom('consents').select('client_ip').orderBy('seq').execute();
    expect(addresses.map((row) => row.client_ip)).toEqual([null, '203.0.113.0']);
  });

  it('answers 404 for an id it has no record of and 400 for what is no consent id', async () => {
    expect((await receiver.fetch(new Request(`http://receiver.test/v1/consents/${'0'.repeat(32)}`))).status).toBe(404);
    expect((await receiver.fetch(new Request('http://receiver.test/v1/consents/nope'))).status).toBe(400);
  });

  it('gives operator routes no answer without the token', async () => {
    const receipt = aReceipt();
    await receiver.fetch(postRecord(receipt));
    for (const [path, method] of [[`/v1/consents/${receipt.id}`, 'DELETE'], ['/v1/export', 'GET'], ['/v1/stats', 'GET'], ['/v1/notices/2026-03', 'PUT']] as const) {
      const anonymous = await receiver.fetch(new Request(`http://receiver.test${path}`, { method, body: method === 'PUT' ? '{}' : null }));
      expect(anonymous.status, path).toBe(401);
      const wrong = await receiver.fetch(operatorRequest(path, { method, headers: { authorization: 'Bearer not-it' }, body: method === 'PUT' ? '{}' : null }));
      expect(wrong.status, path).toBe(401);
    }
    expect(await storedCount()).toBe(1);
  });
});
