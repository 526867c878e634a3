import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { decisionCounts } from '../store/stats';
import { purgeBefore } from '../store/retention';
import type { ReceiverOptions } from '../types';
import { hashTokens, requireToken } from './auth';
import { socketAddress } from './client-address';
import { consentRoutes } from './consents';
import { refuse } from './errors';
import { exportConsents } from './export';
import { noticeRoutes } from './notices';
import { parseRange } from './range';

export interface Receiver {
  /** The web-standard handler: `fetch(request, env?)`. */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** Deletes what is older than `retentionDays` now (also `POST /v1/purge`); resolves to the count. */
  purge(retentionDays: number): Promise<number>;
}

/** Each configured origin as the browser sends it in `Origin` (`https://example.com`, no path). */
function siteOrigins(origins: string[]): Set<string> {
  if (origins.length === 0) throw new Error('consentry-receiver: origins: give at least one site origin');
  return new Set(
    origins.map((origin, index) => {
      const url = URL.canParse(origin) ? new URL(origin) : null;
      if (!url || url.origin === 'null' || url.origin !== origin.replace(/\/$/, '')) {
        throw new Error(`consentry-receiver: origins[${index}]: "${origin}" is not an origin like https://www.example.com`);
      }
      return url.origin;
    }),
  );
}

/** The receiver's routes on a store; the store's lifetime is the caller's. */
export function createReceiver(options: ReceiverOptions): Receiver {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const origins = siteOrigins(options.origins);
  const operator = requireToken(hashTokens(options.tokens ?? []));
  const purge = (days: number) => purgeBefore(store, new Date(now().getTime() - days * 86_400_000));
  const app = new Hono();

  // Browsers may call the public routes from the configured sites only; operator routes get no CORS.
  const siteCors = cors({
    origin: (origin) => (origins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['content-type'],
    maxAge: 86_400,
  });
  app.use('/v1/consents', siteCors);
  app.use('/v1/consents/*', siteCors);

  app.route(
    '/v1/consents',
    consentRoutes({
      store,
      origins,
      operator,
      now,
      maxBodyBytes: options.maxBodyBytes ?? 8192,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 60,
      storeTruncatedIp: options.storeTruncatedIp ?? false,
      clientAddress: options.clientAddress ?? socketAddress,
    }),
  );
  app.route('/v1/notices', noticeRoutes(store, operator, now));
  app.get('/v1/export', operator, (c) => exportConsents(c, store));
  app.get('/v1/stats', operator, async (c) => {
    const parsed = parseRange(c);
    if ('field' in parsed) return refuse(c, 400, 'expected an ISO date (2026-03-02) or UTC date-time', parsed.field);
    return c.json({ decisions: await decisionCounts(store, parsed.range) });
  });
  app.post('/v1/purge', operator, async (c) => {
    if (!options.retentionDays) return refuse(c, 400, 'no retention period is configured', 'retentionDays');
    return c.json({ purged: await purge(options.retentionDays) });
  });
  app.get('/health', (c) => c.text('ok'));
  app.notFound((c) => refuse(c, 404, 'no such route'));
  app.onError((error, c) => {
    console.error(`consentry-receiver: ${c.req.method} ${c.req.path}: ${error.message}`);
    return refuse(c, 500, 'the record could not be handled');
  });

  return { fetch: (request, env) => app.fetch(request, env), purge };
}
