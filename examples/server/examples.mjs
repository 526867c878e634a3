// Both examples behind one call: the demo command and the browser tests start them the same way.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startRecords } from './records.mjs';
import { siteHandler } from './site.mjs';
import { sendText } from './static.mjs';
import { withZoneHeader } from './zone-headers.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const readJson = async (path) => JSON.parse(await readFile(here(path), 'utf8'));

/**
 * Starts the marketing site and the SPA dashboard on 127.0.0.1 (port 0: any free port). The marketing
 * site keeps its proof-of-consent records in `recordsDb` (SQLite; in memory by default), accepted from
 * the site as reached by each of `hosts`.
 * @returns {Promise<{ marketing: number, spa: number, close(): Promise<void> }>} the ports they listen on
 */
export async function startExamples({ marketingPort = 0, spaPort = 0, simulateVendors = true, recordsDb = ':memory:', hosts = ['localhost', '127.0.0.1'] } = {}) {
  const marketing = siteHandler({
    root: here('../marketing-site/'),
    mounts: { '/consentry.min.js': here('../../packages/consentry/dist/consentry.min.js') },
    // The dashboard is one page that reads its own sub-route, as dashboards do.
    fallback: (pathname) => (pathname.startsWith('/dashboard/') ? 'dashboard/index.html' : null),
    simulateVendors,
  });
  const spa = siteHandler({
    root: here('../spa-dashboard/'),
    // Client-side routes: every path without a file is the app's one page.
    fallback: () => 'index.html',
    simulateVendors,
  });
  // The records' origins name the port, known once the site listens.
  let records;
  const marketingWithRecords = async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!(records && (await records.handle(request, response, pathname)))) await marketing(request, response);
  };
  // Each site's zone routes decide its zone CSP header.
  const servers = await Promise.all([
    listen(withZoneHeader(await readJson('../marketing-site/consentry.config.json'), marketingWithRecords), marketingPort),
    listen(withZoneHeader(await readJson('../spa-dashboard/src/consentry.config.json'), spa), spaPort),
  ]);
  const port = servers[0].address().port;
  records = await startRecords({ db: recordsDb, origins: hosts.map((host) => `http://${host}:${port}`) });
  return {
    marketing: port,
    spa: servers[1].address().port,
    close: () =>
      Promise.all(
        servers.map((server) => {
          const closed = new Promise((resolve) => server.close(resolve));
          // A browser keeps idle connections open; Ctrl-C should not wait for them.
          server.closeAllConnections();
          return closed;
        }),
      ).then(() => records.close()),
  };
}

function listen(handler, port) {
  const server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error) => {
      console.error(error);
      if (!response.headersSent) sendText(response, 500, 'server error');
      else response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
