// The demo server's zone header fails closed: no zone page is ever served without its CSP header.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadZonePolicy } from '../../examples/server/zone-policy.mjs';

const built = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));
const config = { revision: '1', zeroTelemetry: { routes: ['/dashboard/**'] } };

test('serves the zone header on zone routes only', async () => {
  const zoneHeaders = await loadZonePolicy();
  expect(zoneHeaders(config, '/dashboard/')['content-security-policy']).toMatch(/^default-src 'self' /);
  expect(zoneHeaders(config, '/pricing')).toEqual({});
});

test('a build without the zones helper stops the server from starting', async () => {
  await expect(loadZonePolicy(built('zones/dist/missing.js'))).rejects.toThrow();
  await expect(loadZonePolicy(built('core/dist/index.js'))).rejects.toThrow(/has no zoneCspHeader/);
});

test('a wrong zone config throws rather than answering without a header', async () => {
  const zoneHeaders = await loadZonePolicy();
  for (const zeroTelemetry of [{ routes: '/dashboard/**' }, { routes: ['dashboard'] }]) {
    expect(() => zoneHeaders({ revision: '1', zeroTelemetry }, '/dashboard/'), JSON.stringify(zeroTelemetry)).toThrow(/zeroTelemetry\.routes/);
  }
});
