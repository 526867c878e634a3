// Demo only: a service worker that answers every request a demo page makes to another origin (the vendors'
// hosts: www.clarity.ms, www.googletagmanager.com, ...) from the demo server's vendor simulator, which serves
// the same fake vendor scripts as the browser tests. The pages themselves are unchanged: they ask for the
// real hosts, so what the tracker panel lists is exactly what would be sent to the vendors.
// The browser checks a page's Content-Security-Policy before a request reaches a service worker, so a
// zero-telemetry zone's header still stops tracker requests here exactly as it would on the open network.
const NO_BODY = new Set([101, 204, 205, 304]);

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).origin === self.location.origin) return;
  event.respondWith(simulate(event.request));
});

async function simulate(request) {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const answer = await fetch(`/vendor-simulator?url=${encodeURIComponent(request.url)}`, {
    method: request.method,
    headers: { 'content-type': request.headers.get('content-type') ?? 'text/plain' },
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
  const headers = new Headers(answer.headers);
  // Vendors' collectors answer cross-origin XHR with credentials; the page's CORS check needs these.
  headers.set('access-control-allow-origin', self.location.origin);
  headers.set('access-control-allow-credentials', 'true');
  const body = NO_BODY.has(answer.status) ? null : await answer.arrayBuffer();
  return new Response(body, { status: answer.status, headers });
}
