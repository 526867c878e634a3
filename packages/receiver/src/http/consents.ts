import { Hono, type MiddlewareHandler } from 'hono';
import { parseReceipt } from '../record/schema';
import { appendConsent } from '../store/append';
import { consentHistory, eraseConsent } from '../store/history';
import type { ConsentStore } from '../store/open';
import { isRecordType, readLimitedText } from './body';
import { truncateIp } from './client-address';
import { refuse } from './errors';
import { createRateLimiter } from './rate-limit';

export interface ConsentRoutesOptions {
  store: ConsentStore;
  origins: Set<string>;
  operator: MiddlewareHandler;
  maxBodyBytes: number;
  rateLimitPerMinute: number;
  storeTruncatedIp: boolean;
  clientAddress: (request: Request, env: unknown) => string | undefined;
  now: () => Date;
}

const CONSENT_ID = /^[0-9a-f]{32}$/;

export function consentRoutes(options: ConsentRoutesOptions): Hono {
  const { store, origins, now } = options;
  const limiter = createRateLimiter(options.rateLimitPerMinute, () => now().getTime());
  const routes = new Hono();

  routes.post('/', async (c) => {
    const address = options.clientAddress(c.req.raw, c.env);
    const wait = limiter.take(address ?? 'unknown');
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return refuse(c, 429, 'too many records from this address');
    }
    // The site is the page's origin, which the browser sets and the page's script cannot change.
    const site = c.req.header('origin');
    if (!site || !origins.has(site)) return refuse(c, 403, 'this origin may not send records', 'origin');
    if (!isRecordType(c.req.header('content-type'))) return refuse(c, 400, 'expected application/json or text/plain', 'content-type');

    let text: string | null;
    try {
      text = await readLimitedText(c.req.raw, options.maxBodyBytes);
    } catch {
      return refuse(c, 400, 'the body is not UTF-8', '(body)');
    }
    if (text === null) return refuse(c, 400, `the body is larger than ${options.maxBodyBytes} bytes`, '(body)');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refuse(c, 400, 'the body is not JSON', '(body)');
    }
    const parsed = parseReceipt(value);
    if ('issue' in parsed) return refuse(c, 400, parsed.issue.message, parsed.issue.field);

    const clientIp = options.storeTruncatedIp ? truncateIp(address) : null;
    const { created, record } = await appendConsent(store, parsed.receipt, { site, receivedAt: now(), clientIp });
    return c.json({ seq: record.seq, hash: record.hash, receivedAt: record.receivedAt }, created ? 201 : 200);
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (!CONSENT_ID.test(id)) return refuse(c, 400, 'expected 32 lowercase hex digits', 'id');
    const records = await consentHistory(store, id);
    if (records.length === 0) return refuse(c, 404, 'no record of this consent id');
    return c.json({ id, records });
  });

  routes.delete('/:id', options.operator, async (c) => {
    const id = c.req.param('id');
    if (!CONSENT_ID.test(id)) return refuse(c, 400, 'expected 32 lowercase hex digits', 'id');
    const erased = await eraseConsent(store, id, now());
    if (erased === 0) return refuse(c, 404, 'no record of this consent id');
    return c.json({ erased });
  });

  return routes;
}
