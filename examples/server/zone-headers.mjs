// The airtight layer of a zero-telemetry zone on a server: the Content-Security-Policy header from
// @consentry/zones on every response on a zone route, so that the browser itself refuses tracker hosts
// there. A Node http handler wrapper (what the examples' server uses) and a Connect, Express or Polka
// middleware. Both fail closed: a build without the helper fails this import, so the server does not
// start, and a helper that throws (a wrong zone config, or a tracker host in `zeroTelemetry.allow`) makes the request an error response.
import { vendors } from '../../packages/integrations/dist/index.js';
import { zoneCspHeader } from '../../packages/zones/dist/index.js';

/** Adds the zone policy for `url` to the response's Content-Security-Policy headers (none outside zones). */
function addZoneHeader(config, options, url, response) {
  const policy = zoneCspHeader(config, url, { vendors, ...options });
  if (!policy) return;
  // Next to the site's own policy, never instead of it: browsers enforce every policy they receive. With
  // setHeader and a list, since a plain http.ServerResponse (Connect, Polka) has no Express `append`.
  response.setHeader('Content-Security-Policy', [].concat(response.getHeader('Content-Security-Policy') ?? [], policy));
}

/** Wraps a Node http request handler: `createServer(withZoneHeader(config, serveYourPage))`. */
export function withZoneHeader(config, handler, options = {}) {
  return (request, response) => {
    try {
      addZoneHeader(config, options, request.url ?? '/', response);
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('server error');
      return;
    }
    return handler(request, response);
  };
}

/** The same as middleware: `app.use(zeroTelemetryZones(config))`. */
export function zeroTelemetryZones(config, options = {}) {
  return (request, response, next) => {
    try {
      // Express rewrites `url` inside a mounted router; `originalUrl` is the path the browser asked for.
      addZoneHeader(config, options, request.originalUrl ?? request.url, response);
    } catch (error) {
      return next(error);
    }
    next();
  };
}
