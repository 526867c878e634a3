import { describe, expect, it } from 'vitest';
import { ga4, type Ga4Service } from './index';
import { contextWith, stateWith } from '../test/context';

const service: Ga4Service = { id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-ABC123' };
const commands = (page: Window) => ((page as unknown as { dataLayer: IArguments[] }).dataLayer ?? []).map((args) => Array.from(args));
const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

describe('ga4', () => {
  it('sets Consent Mode defaults, all denied, before any tag code, as gtag() would (Arguments objects)', () => {
    const { context, loaded, page } = contextWith(stateWith({}));
    ga4.prepare!(service, context);
    expect(commands(page)).toEqual([['consent', 'default', { ...denied, wait_for_update: 500 }]]);
    expect(Object.prototype.toString.call(page.dataLayer[0])).toBe('[object Arguments]');
    expect(loaded).toEqual([]);
  });

  it('basic mode: on grant, updates all four keys, configures the stream, then loads gtag.js', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true, marketing: false }));
    ga4.prepare!(service, context);
    await ga4.start(service, context);
    expect(commands(page).slice(1, 4)).toEqual([
      ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
      ['js', expect.any(Date)],
      ['config', 'G-ABC123'],
    ]);
    expect(loaded).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC123']);
  });

  it('marketing granted later: the ad keys are updated', async () => {
    const { context, page } = contextWith(stateWith({ analytics: true }));
    await ga4.start(service, context);
    ga4.update!(service, contextWith(stateWith({ analytics: true, marketing: true }), page).context);
    expect(commands(page).at(-1)).toEqual(['consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' }]);
  });

  it('on revoke, sets the ga-disable switch and denies everything; granted again, it is lifted', async () => {
    const { context, loaded, page } = contextWith(stateWith({ analytics: true }));
    await ga4.start(service, context);
    ga4.stop(service, context);
    expect(page['ga-disable-G-ABC123']).toBe(true);
    expect(commands(page).at(-1)).toEqual(['consent', 'update', denied]);
    await ga4.start(service, context);
    expect(page['ga-disable-G-ABC123']).toBe(false);
    expect(loaded).toHaveLength(1);
  });

  it('on revoke, the ad keys follow marketing, which may still stand; a zone denies them too', async () => {
    const { context, page } = contextWith(stateWith({ analytics: false, marketing: true }));
    await ga4.start(service, context);
    ga4.stop(service, context);
    expect(commands(page).at(-1)).toEqual(['consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'denied' }]);
    await ga4.start(service, context);
    ga4.suspend!(service, context);
    expect(page['ga-disable-G-ABC123']).toBe(true);
    expect(commands(page).at(-1)).toEqual(['consent', 'update', denied]);
  });

  it('advanced mode: analytics_storage follows the analytics category, and its cookies go when denied', async () => {
    const { context, page } = contextWith(stateWith({ analytics: false }));
    page.document.cookie = '_ga=GA1.1.1; path=/';
    await ga4.start({ ...service, category: 'necessary', consentMode: 'advanced' }, context);
    expect(commands(page)[0]).toEqual(['consent', 'update', denied]);
    expect(page.document.cookie).not.toContain('_ga=');
  });

  it('declares _ga and _ga_<container>', () => {
    expect(ga4.cookies(service)).toEqual(['_ga', '_ga_ABC123']);
  });
});
