import { parseArgs } from 'node:util';
import { serveReceiver } from './node';
import { openStore } from './store/open';
import { purgeBefore } from './store/retention';
import { verifyChains } from './store/verify';
import type { StoreLocation } from './types';

export const USAGE = `consentry-receiver: stores the consent records Consentry sends to record.endpoint

Usage:
  consentry-receiver [serve] --origin https://www.example.com [options]
  consentry-receiver verify [--db FILE | --database-url URL]       re-computes every hash chain
  consentry-receiver purge --retention-days N [--db FILE | --database-url URL]

Options:
  --db FILE              SQLite file, embedded (default ./consent.db)
  --database-url URL     PostgreSQL instead (postgres://user:password@host/db); env CONSENTRY_RECEIVER_DATABASE_URL
  --port N               default 4420
  --host ADDRESS         default 127.0.0.1 (0.0.0.0 to listen on every interface)
  --origin ORIGIN        a site allowed to send records, repeatable; env CONSENTRY_RECEIVER_ORIGINS (comma-separated)
  --token TOKEN          an API token for the operator routes, plain or sha256:<hex>, repeatable;
                         env CONSENTRY_RECEIVER_TOKENS (comma-separated; the command line shows in ps)
  --retention-days N     delete records older than N days, at start and hourly
  --rate-limit N         records per client address per minute and instance (default 60, 0 for none)
  --store-truncated-ip   keep the client address cut to /24 or /48 with each record (off by default)
  --help                 this text
`;

const OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
  token: { type: 'string', multiple: true },
  'retention-days': { type: 'string' },
  'rate-limit': { type: 'string' },
  'store-truncated-ip': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function whole(name: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new Error(`--${name}: expected a whole number of at least ${minimum}, got "${value}"`);
  return number;
}

export function parseCommand(argv: string[], env: NodeJS.ProcessEnv) {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const command = positionals[0] ?? 'serve';
  if (!['serve', 'verify', 'purge'].includes(command) || positionals.length > 1) throw new Error(`unknown command "${positionals.join(' ')}"`);
  const databaseUrl = values['database-url'] ?? env.CONSENTRY_RECEIVER_DATABASE_URL;
  if (databaseUrl && values.db) throw new Error('give --db or --database-url, not both');
  const location: StoreLocation = databaseUrl ? { postgres: databaseUrl } : { sqlite: values.db ?? './consent.db' };
  return {
    help: values.help ?? false,
    command: command as 'serve' | 'verify' | 'purge',
    location,
    port: whole('port', values.port, 0) ?? 4420,
    hostname: values.host ?? '127.0.0.1',
    origins: [...(values.origin ?? []), ...list(env.CONSENTRY_RECEIVER_ORIGINS)],
    tokens: [...(values.token ?? []), ...list(env.CONSENTRY_RECEIVER_TOKENS)],
    retentionDays: whole('retention-days', values['retention-days'], 1),
    rateLimitPerMinute: whole('rate-limit', values['rate-limit'], 0),
    storeTruncatedIp: values['store-truncated-ip'] ?? false,
  };
}

/** Runs the command; resolves to the exit code (a running server resolves only on SIGINT/SIGTERM). */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: ReturnType<typeof parseCommand>;
  try {
    options = parseCommand(argv, env);
  } catch (error) {
    console.error(`consentry-receiver: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.command === 'verify' || options.command === 'purge') {
    const store = await openStore(options.location);
    try {
      if (options.command === 'purge') {
        if (!options.retentionDays) throw new Error('purge: give --retention-days N');
        const purged = await purgeBefore(store, new Date(Date.now() - options.retentionDays * 86_400_000));
        console.log(`consentry-receiver: purged ${purged} record(s) older than ${options.retentionDays} day(s)`);
        return 0;
      }
      const report = await verifyChains(store);
      if (report.broken) {
        const { site, seq, reason } = report.broken;
        console.error(`consentry-receiver: chain of ${site} broken at record ${seq}: ${reason}`);
        return 1;
      }
      console.log(`consentry-receiver: ${report.records} record(s) on ${report.sites} site(s) verified (${report.erased} erased)`);
      return 0;
    } finally {
      await store.close();
    }
  }
  const running = await serveReceiver({ ...options, rateLimitPerMinute: options.rateLimitPerMinute ?? 60 });
  const where = 'sqlite' in options.location ? options.location.sqlite : 'PostgreSQL';
  console.log(`consentry-receiver: listening on ${running.url} (${where}), sites: ${options.origins.join(', ')}`);
  if (options.tokens.length === 0) console.log('consentry-receiver: no --token: the operator routes (export, stats, erasure, notices) refuse every request');
  return new Promise((resolve) => {
    const stop = () => running.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
