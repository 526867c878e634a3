// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { consentHistory } from './store/history';
import { openStore } from './store/open';
import { verifyChains } from './store/verify';
import { aReceipt, SITE } from './test/receipts';
import { testStores } from './test/stores';
import type { StoreLocation } from './types';

const BIN = fileURLToPath(new URL('../bin/consentry-receiver.mjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The bin's argument for a location: a file, or a URL that carries the test schema. */
function storeArgument(location: StoreLocation, dir: string): { args: string[]; location: StoreLocation } {
  if ('sqlite' in location) {
    const file = join(dir, 'consent.db');
    return { args: ['--db', file], location: { sqlite: file } };
  }
  const config = location.postgres as { connectionString: string; options: string };
  const url = `${config.connectionString}?options=${encodeURIComponent(config.options)}`;
  return { args: ['--database-url', url], location };
}

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, ...args, '--port', '0', '--origin', SITE, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk) => (seen += chunk));
    child.once('exit', (code) => reject(new Error(`receiver exited (${code}): ${seen}`)));
  });
}

describe.each(testStores)('a receiver killed mid-stream on $name', (testStore) => {
  let dir: string;
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testStore.cleanup();
  });

  it('has every record it acknowledged after a restart', async () => {
    if (!existsSync(BUILT)) throw new Error('this test runs the built bin: `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'consentry-kill-'));
    const { args, location } = storeArgument(await testStore.location(), dir);
    const { child, url } = await start(args);

    const acknowledged: string[] = [];
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const receipt = aReceipt();
        try {
          const answer = await fetch(`${url}/v1/consents`, { method: 'POST', headers: { origin: SITE, 'content-type': 'text/plain' }, body: JSON.stringify(receipt) });
          if (answer.ok) acknowledged.push(receipt.id);
        } catch {
          // In flight when the process died: never acknowledged, so it may or may not be stored.
        }
      }
    };
    const senders = Array.from({ length: 8 }, sender);
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    killed = true;
    await Promise.all(senders);

    // Restarted: migrations run again on the store as the kill left it, and it serves.
    const restarted = await start(args);
    restarted.child.kill('SIGTERM');
    const store = await openStore(location);
    try {
      const missing = [];
      for (const id of acknowledged) if ((await consentHistory(store, id)).length !== 1) missing.push(id);
      expect(missing).toEqual([]);
      expect((await verifyChains(store)).broken).toBeNull();
    } finally {
      await store.close();
    }
  }, 60_000);
});
