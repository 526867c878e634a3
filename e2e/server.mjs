// A static file server for e2e: serves the repository (fixtures, examples, built packages) on one port.
// Routes that a test needs to behave like a real site (CSP headers, zones) live in the examples' servers.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.argv[2] ?? 4321);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.png': 'image/png' };

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The file for a path: itself, its folder's index.html, or, for an extensionless route of a single-page
 * fixture, the index.html of the nearest folder above it, as an SPA's server answers client-side routes.
 */
function existing(path) {
  if (isFile(path)) return path;
  if (isFile(join(path, 'index.html'))) return join(path, 'index.html');
  if (extname(path)) return null;
  for (let folder = dirname(path); folder.startsWith(root) && folder !== root; folder = dirname(folder)) {
    if (isFile(join(folder, 'index.html'))) return join(folder, 'index.html');
  }
  return null;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST') {
    // Proof-of-consent endpoints in fixtures: accept and discard (tests read requests in the browser).
    request.resume();
    request.on('end', () => response.writeHead(204).end());
    return;
  }
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) return response.writeHead(403).end();
  file = existing(file);
  if (!file) return response.writeHead(404).end('not found');
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`e2e server on http://127.0.0.1:${port}`));
