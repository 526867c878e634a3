// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseCommand } from './cli';
import { appendConsent } from './store/append';
import { openStore } from './store/open';
import { aReceipt, SITE } from './test/receipts';

describe('consentry-receiver', () => {
  let dir: string;
  let output: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
    output = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its usage for --help and exits 0', async () => {
    expect(await main(['--help'], {})).toBe(0);
    expect(output.join('\n')).toContain('--database-url');
  });

  it('refuses an unknown option or a bad number, naming it, with exit code 2', async () => {
    expect(await main(['--colour'], {})).toBe(2);
    expect(output.join('\n')).toContain("'--colour'");
    expect(await main(['--retention-days', 'soon'], {})).toBe(2);
    expect(output.join('\n')).toContain('--retention-days: expected a whole number');
  });

  it('reads the embedded store by default, PostgreSQL from --database-url, origins and tokens from the environment', () => {
    expect(parseCommand([], {}).location).toEqual({ sqlite: './consent.db' });
    expect(parseCommand(['--database-url', 'postgres://db/consent'], {}).location).toEqual({ postgres: 'postgres://db/consent' });
    const fromEnv = parseCommand(['--origin', SITE], { CONSENTRY_RECEIVER_ORIGINS: 'https://a.example, https://b.example', CONSENTRY_RECEIVER_TOKENS: 'one,sha256:' + 'ab'.repeat(32) });
    expect(fromEnv.origins).toEqual([SITE, 'https://a.example', 'https://b.example']);
    expect(fromEnv.tokens).toHaveLength(2);
    expect(() => parseCommand(['--db', 'x.db', '--database-url', 'postgres://db/x'], {})).toThrow('not both');
  });

  it('verify reports a sound chain with exit 0, and the first broken link with exit 1', async () => {
    const db = join(dir, 'consent.db');
    const store = await openStore({ sqlite: db });
    for (let index = 0; index < 3; index += 1) await appendConsent(store, aReceipt(), { site: SITE, receivedAt: new Date(), clientIp: null });
    await store.close();
    expect(await main(['verify', '--db', db], {})).toBe(0);
    expect(output.at(-1)).toContain('3 record(s) on 1 site(s) verified');

    const tampered = await openStore({ sqlite: db });
    await tampered.db.updateTable('consents').set({ method: 'accept-all' }).where('seq', '=', 2).execute();
    await tampered.close();
    expect(await main(['verify', '--db', db], {})).toBe(1);
    expect(output.at(-1)).toBe(`consentry-receiver: chain of ${SITE} broken at record 2: its content does not match its hash`);
  });

  it('purge deletes what is older than --retention-days', async () => {
    const db = join(dir, 'consent.db');
    const store = await openStore({ sqlite: db });
    await appendConsent(store, aReceipt(), { site: SITE, receivedAt: new Date(Date.now() - 40 * 86_400_000), clientIp: null });
    await appendConsent(store, aReceipt(), { site: SITE, receivedAt: new Date(), clientIp: null });
    await store.close();
    expect(await main(['purge', '--db', db, '--retention-days', '30'], {})).toBe(0);
    expect(output.at(-1)).toContain('purged 1 record(s)');
  });
});
