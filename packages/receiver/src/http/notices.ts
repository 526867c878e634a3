import { Hono, type MiddlewareHandler } from 'hono';
import type { ConsentStore } from '../store/open';
import { getNotice, putNotice } from '../store/notices';
import { readLimitedText } from './body';
import { refuse } from './errors';

// A whole config with every language's texts fits well within this.
const MAX_NOTICE_BYTES = 256 * 1024;

export function noticeRoutes(store: ConsentStore, operator: MiddlewareHandler, now: () => Date): Hono {
  const routes = new Hono();

  routes.put('/:revision', operator, async (c) => {
    const revision = c.req.param('revision');
    if (revision.length > 200) return refuse(c, 400, 'at most 200 characters', 'revision');
    const text = await readLimitedText(c.req.raw, MAX_NOTICE_BYTES).catch(() => undefined);
    if (text === undefined) return refuse(c, 400, 'the body is not UTF-8', '(body)');
    if (text === null) return refuse(c, 400, `the body is larger than ${MAX_NOTICE_BYTES} bytes`, '(body)');
    let notice: unknown;
    try {
      notice = JSON.parse(text);
    } catch {
      return refuse(c, 400, 'the body is not JSON', '(body)');
    }
    if (!notice || typeof notice !== 'object') return refuse(c, 400, 'expected a JSON object (the config or its texts)', '(body)');
    const result = await putNotice(store, revision, notice, now());
    if (result.status === 'conflict') return refuse(c, 409, 'this revision is registered with other content: use a new revision', 'revision');
    return c.json({ revision, hash: result.notice.hash, receivedAt: result.notice.receivedAt }, result.status === 'created' ? 201 : 200);
  });

  routes.get('/:revision', async (c) => {
    const notice = await getNotice(store, c.req.param('revision'));
    return notice ? c.json(notice) : refuse(c, 404, 'no notice for this revision');
  });

  return routes;
}
