import { describe, expect, it } from 'vitest';
import { segment, type SegmentService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: SegmentService = { id: 'segment', vendor: 'segment', category: 'analytics', writeKey: 'wk123' };

describe('segment', () => {
  it('on grant, sets the snippet’s stub (write key, the first page call) and loads analytics.js for that write key', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await segment.start(service, context);
    expect(loaded).toEqual(['https://cdn.segment.com/analytics.js/v1/wk123/analytics.min.js']);
    expect(page.analytics._writeKey).toBe('wk123');
    expect(Array.from(page.analytics)).toEqual([['page']]);
  });

  it('cannot be stopped at run time, so withdrawal reloads the page; its cookies, ids and queues are deleted', () => {
    expect(segment.stoppable).toBe(false);
    expect(segment.cookies(service)).toEqual(['ajs_*']);
    expect(segment.storageKeys(service)).toEqual(['ajs_*', 'persisted-queue:v1:*']);
    expect(segment.hosts(service)).toEqual(['*.segment.com', '*.segment.io']);
  });
});
