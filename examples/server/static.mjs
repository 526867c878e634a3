// Files from disk with the right content type. The examples are served uncached so a rebuild shows at once.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/** The first of `candidates` (paths under `root`) that is a file, or null. Never leaves `root`. */
export async function findFile(root, candidates) {
  for (const candidate of candidates) {
    const file = normalize(join(root, candidate));
    if (!file.startsWith(root)) continue;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null;
}

export async function sendFile(response, file, headers = {}) {
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store', ...headers });
  response.end(body);
}

export function sendText(response, status, text, headers = {}) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(text);
}
