// The server examples send the zone CSP header on zone routes only, next to the site's own policy, and fail
// closed: a wrong zone config is an error response, never a zone page without its header. Run in Node
// against real http servers, as the examples' server (which uses the Node wrapper) and Connect or Polka run them.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { withZoneHeader, zeroTelemetryZones } from '../../examples/server/zone-headers.mjs';

const config = { revision: '1', zeroTelemetry: { routes: ['/dashboard/**'] } };
const wrongConfig = { revision: '1', zeroTelemetry: { routes: ['dashboard'] } };
const OWN_POLICY = "script-src 'self' 'nonce-abc'";

/** Answers `paths` from a server running `listener`; each with its status, CSP header lines and body. */
async function get(listener: RequestListener, paths: string[]) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        return { status: response.status, policies: response.headers.get('content-security-policy')?.split(', '), body: await response.text() };
      }),
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const page: RequestListener = (_request, response) => response.end('page');

test('the Node http wrapper sends the zone header on zone routes only', async () => {
  const allowing = { ...config, zeroTelemetry: { ...config.zeroTelemetry, allow: ['https://api.example.com'] } };
  expect(await get(withZoneHeader(allowing, page), ['/dashboard/?tab=usage', '/pricing'])).toEqual([
    { status: 200, policies: [expect.stringMatching(/^default-src 'self' https:\/\/api\.example\.com 'unsafe-inline'/)], body: 'page' },
    { status: 200, policies: undefined, body: 'page' },
  ]);
});

test('the middleware keeps the policy a middleware before it set, and works on a plain ServerResponse (Connect, Polka)', async () => {
  const zones = zeroTelemetryZones(config);
  const responses = await get(
    (request, response) => {
      response.setHeader('Content-Security-Policy', OWN_POLICY); // the site's own policy, as helmet sets it
      zones(request, response, (error) => response.writeHead(error ? 500 : 200).end(error ? 'error' : 'page'));
    },
    ['/dashboard/', '/pricing'],
  );
  expect(responses.map((response) => response.policies)).toEqual([[OWN_POLICY, expect.stringMatching(/^default-src 'self' /)], [OWN_POLICY]]);
});

test('a wrong zone config is an error response, never the zone page without its header', async () => {
  expect(await get(withZoneHeader(wrongConfig, page), ['/dashboard/'])).toEqual([{ status: 500, policies: undefined, body: 'server error' }]);

  const zones = zeroTelemetryZones(wrongConfig);
  let passedOn: unknown;
  const responses = await get(
    (request, response) =>
      zones(request, response, (error) => {
        passedOn = error;
        response.writeHead(error ? 500 : 200).end();
      }),
    ['/dashboard/'],
  );
  expect(responses.map((response) => response.status)).toEqual([500]);
  expect(String(passedOn)).toMatch(/zeroTelemetry\.routes\[0\]/);
});
