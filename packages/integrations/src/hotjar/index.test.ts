import { describe, expect, it } from 'vitest';
import { hotjar, type HotjarService } from './index';
import { contextWith, stateWith } from '../test/context';

const service: HotjarService = { id: 'hotjar', vendor: 'hotjar', category: 'analytics', siteId: '1234567' };

describe('hotjar', () => {
  it('on grant, sets _hjSettings and loads the site script', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await hotjar.start(service, context);
    expect(page._hjSettings).toEqual({ hjid: 1234567, hjsv: 6 });
    expect(typeof page.hj).toBe('function');
    expect(loaded).toEqual(['https://static.hotjar.com/c/hotjar-1234567.js?sv=6']);
  });

  it('takes the site id as Hotjar writes it, a number, or as its digits', async () => {
    for (const siteId of [1234567, '1234567']) {
      const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
      await hotjar.start({ ...service, siteId }, context);
      expect(page._hjSettings).toEqual({ hjid: 1234567, hjsv: 6 });
      expect(loaded).toEqual(['https://static.hotjar.com/c/hotjar-1234567.js?sv=6']);
    }
  });

  it('cannot be stopped at run time, so withdrawal reloads the page; all _hj cookies are deleted', () => {
    expect(hotjar.stoppable).toBe(false);
    expect(hotjar.cookies(service)).toEqual(['_hj*']);
  });
});
