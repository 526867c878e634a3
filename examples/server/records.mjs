// The marketing site's proof-of-consent records: @consentry/receiver mounted on the site's own server,
// so `record.endpoint` is the same origin ("/v1/consents") on whatever port the site is served.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createReceiver, openStore } from '../../packages/receiver/dist/index.js';
import { toNodeListener } from '../../packages/receiver/dist/node.js';
import { sendText } from './static.mjs';

/**
 * @param {object} options
 * @param {string} options.db SQLite file of the embedded store (`:memory:` for none)
 * @param {string[]} options.origins the site origins that may post records
 */
export async function startRecords({ db, origins }) {
  if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });
  const store = await openStore({ sqlite: db });
  // The demo's own operator token, never shown: the site's server reads the export for the proof page.
  const token = randomBytes(32).toString('hex');
  const receiver = createReceiver({ store, origins, tokens: [token] });
  const listener = toNodeListener(receiver);

  /** The latest decisions of the last day, newest first, as the export gives them. */
  async function latest(count) {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const answer = await receiver.fetch(new Request(`http://receiver/v1/export?from=${from}`, { headers: { authorization: `Bearer ${token}` } }));
    const lines = (await answer.text()).split('\n').filter(Boolean);
    return lines.slice(-count).reverse().map((line) => JSON.parse(line));
  }

  return {
    /** Answers the receiver's routes and the proof page's list; false for any other path. */
    async handle(request, response, pathname) {
      if (pathname.startsWith('/v1/')) {
        await listener(request, response);
        return true;
      }
      if (pathname === '/demo/records.json') {
        sendText(response, 200, JSON.stringify(await latest(20)), { 'content-type': 'application/json' });
        return true;
      }
      return false;
    },
    close: () => store.close(),
  };
}
