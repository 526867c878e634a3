// Load benchmark of @consentry/receiver (not part of `npm test`): posts distinct records over loopback to a
// receiver process for a bounded time and reports sustained records/s and latency percentiles.
//   npm run build && node scripts/bench-receiver.mjs [--seconds 15] [--connections 32] [--database-url postgres://…]
// Without --database-url only the embedded SQLite store is measured; DATABASE_URL is used when set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '32' }, 'database-url': { type: 'string' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
const SITE = 'https://www.example.com';

function startReceiver(storeArgs) {
  const child = spawn(process.execPath, ['packages/receiver/bin/consentry-receiver.mjs', ...storeArgs, '--port', '0', '--origin', SITE, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) resolve({ child, url: new URL(url) });
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
}

const receipt = () =>
  JSON.stringify({
    id: randomBytes(16).toString('hex'),
    timestamp: new Date().toISOString(),
    revision: '2026-03',
    regime: 'opt-in',
    method: 'custom',
    gpc: false,
    categories: { necessary: true, analytics: true, marketing: false },
    services: { clarity: true, ga4: false },
    path: '/pricing',
  });

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, host: url.hostname, port: url.port, path: '/v1/consents', method: 'POST', headers: { origin: SITE, 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function measure(name, storeArgs) {
  const { child, url } = await startReceiver(storeArgs);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await post(agent, url, receipt());
      if (status === 201) latencies.push(performance.now() - started);
      else failures += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  child.kill('SIGTERM');
  latencies.sort((a, b) => a - b);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))].toFixed(1);
  console.log(`${name.padEnd(10)} ${String(Math.round(latencies.length / elapsed)).padStart(6)} records/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   (${latencies.length} stored, ${failures} refused, ${connections} connections, ${seconds} s)`);
}

const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
try {
  console.log(`node ${process.version}, loopback, one receiver process`);
  await measure('SQLite', ['--db', join(dir, 'consent.db')]);
  if (databaseUrl) await measure('PostgreSQL', ['--database-url', databaseUrl]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
