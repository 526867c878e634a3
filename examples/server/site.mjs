// One example site: its files, the demo panel and vendor simulator. examples.mjs adds the zone CSP header.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandIncludes } from './includes.mjs';
import { findFile, sendFile, sendText } from './static.mjs';
import { SIMULATOR_PATH, answerVendorRequest } from './vendor-simulator.mjs';

const demoRoot = fileURLToPath(new URL('../demo/', import.meta.url));

/**
 * @param {object} site
 * @param {string} site.root directory of the site's files
 * @param {Record<string, string>} [site.mounts] URL paths answered by a file outside the site (the bundle)
 * @param {(pathname: string) => string | null} site.fallback the page for a path no file matches
 * @param {boolean} site.simulateVendors answer vendor hosts locally (see examples/demo/vendor-simulator-sw.js)
 */
export function siteHandler({ root, mounts = {}, fallback, simulateVendors }) {
  return async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === SIMULATOR_PATH) return answerVendorRequest(request, response, searchParams.get('url'));
    if (pathname === '/demo/mode.json') {
      return sendText(response, 200, JSON.stringify({ simulateVendors }), { 'content-type': 'application/json' });
    }
    // A service worker may only control pages at or below its own path unless the server allows more.
    if (pathname.startsWith('/demo/')) {
      const file = await findFile(demoRoot, [pathname.slice('/demo/'.length)]);
      return file ? sendFile(response, file, { 'service-worker-allowed': '/' }) : sendText(response, 404, 'not found');
    }
    const file = mounts[pathname] ?? (await findFile(root, candidates(pathname)));
    const page = file ?? (extname(pathname) ? null : fallback(pathname));
    if (!page) return sendText(response, 404, 'not found');
    const path = file ?? join(root, page);
    if (extname(path) !== '.html') return sendFile(response, path);
    const html = await expandIncludes(await readFile(path, 'utf8'), root);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  };
}

/** Clean URLs: `/pricing` is `pricing.html`, `/dashboard/` is `dashboard/index.html`. */
function candidates(pathname) {
  const path = decodeURIComponent(pathname);
  return [path, `${path.replace(/\/$/, '')}.html`, join(path, 'index.html')];
}
