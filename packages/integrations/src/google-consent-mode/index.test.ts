import { afterEach, describe, expect, it } from 'vitest';
import { createConsentry, type BrowserWindow, type ConsentryConfig } from '@consentry/core';
import { googleConsentMode } from './index';
import { vendors } from '../index';

const config: ConsentryConfig = { revision: '1', categories: { analytics: { label: 'Analytics' }, marketing: { label: 'Marketing' } } };
const page = window as BrowserWindow & { dataLayer?: IArguments[] };
const consentCommands = () => (page.dataLayer ?? []).map((args) => Array.from(args));
const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

afterEach(() => {
  delete page.dataLayer;
  localStorage.clear();
});

describe('googleConsentMode', () => {
  it('on a page with a dataLayer: default denied, then the choice, then every change', () => {
    page.dataLayer = [];
    const consentry = createConsentry(config, { vendors });
    googleConsentMode(consentry, page);
    expect(consentCommands()).toEqual([
      ['consent', 'default', { ...denied, wait_for_update: 500 }],
      ['consent', 'update', denied],
    ]);
    consentry.set({ analytics: true });
    expect(consentCommands().at(-1)).toEqual(['consent', 'update', { ...denied, analytics_storage: 'granted' }]);
    consentry.destroy();
  });

  it('denies every signal while a zero-telemetry zone suspends tracking, and restores the choice after', () => {
    page.dataLayer = [];
    const consentry = createConsentry(config, { vendors });
    googleConsentMode(consentry, page);
    consentry.acceptAll();
    const granted = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };
    expect(consentCommands().at(-1)).toEqual(['consent', 'update', granted]);
    consentry.suspend(true);
    expect(consentCommands().at(-1)).toEqual(['consent', 'update', denied]);
    consentry.suspend(false);
    expect(consentCommands().at(-1)).toEqual(['consent', 'update', granted]);
    consentry.destroy();
  });

  it('does nothing on a page without gtag or Tag Manager', () => {
    const consentry = createConsentry(config, { vendors });
    googleConsentMode(consentry, page);
    consentry.acceptAll();
    expect(page.dataLayer).toBeUndefined();
    consentry.destroy();
  });

  describe('with a ga4 service', () => {
    const services = [{ id: 'ga4', vendor: 'ga4', category: 'analytics', measurementId: 'G-ABC123' }];
    const adsOnly = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'denied' };
    const withGa4 = () => {
      const consentry = createConsentry({ ...config, services }, { vendors });
      googleConsentMode(consentry, page);
      return consentry;
    };

    it('sends no second default: the ga4 service set it', () => {
      const consentry = withGa4();
      expect(consentCommands().filter((command) => command[1] === 'default')).toHaveLength(1);
      consentry.destroy();
    });

    it('while GA4 does not run, the ad keys still follow marketing for the page\'s other Google tags', () => {
      const consentry = withGa4();
      consentry.set({ analytics: false, marketing: true });
      expect(consentCommands().at(-1)).toEqual(['consent', 'update', adsOnly]);
      consentry.destroy();
    });

    it('withdrawing analytics while marketing stays: GA4 is disabled, the ad keys stay granted', () => {
      const consentry = withGa4();
      consentry.acceptAll();
      consentry.set({ analytics: false });
      expect((page as unknown as Record<string, unknown>)['ga-disable-G-ABC123']).toBe(true);
      expect(consentCommands().at(-1)).toEqual(['consent', 'update', adsOnly]);
      consentry.suspend(true);
      expect(consentCommands().at(-1)).toEqual(['consent', 'update', denied]);
      consentry.destroy();
    });
  });
});
