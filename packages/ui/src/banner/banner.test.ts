import { describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../i18n/language';
import { controller } from '../test/controller';
import { renderBanner } from './banner';

const actions = () => ({ acceptAll: vi.fn(), rejectAll: vi.fn(), optOutOfSale: vi.fn(), managePreferences: vi.fn() });
const buttons = (element: HTMLElement) => [...element.querySelectorAll('button')].map((button) => button.textContent);

describe('renderBanner', () => {
  it('offers Accept all, Reject all and Manage preferences under opt-in, Accept and Reject alike', () => {
    const on = actions();
    const banner = renderBanner(controller().get(), resolveLocale({ language: 'en', texts: {} }), '/privacy', on);
    expect(banner.getAttribute('role')).toBe('region');
    expect(buttons(banner)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    const [accept, reject, manage] = banner.querySelectorAll('button');
    expect(accept!.className).toBe(reject!.className);
    expect(manage!.className).not.toBe(accept!.className);
    reject!.click();
    expect(on.rejectAll).toHaveBeenCalledOnce();
    expect(banner.querySelector('a')!.getAttribute('href')).toBe('/privacy');
  });

  it('is a notice with "Do Not Sell or Share" under opt-out', () => {
    const on = actions();
    const banner = renderBanner(controller({ regime: 'opt-out' }).get(), resolveLocale({ language: 'en', texts: {} }), undefined, on);
    expect(buttons(banner)).toEqual(['Do Not Sell or Share My Personal Information', 'OK', 'Manage preferences']);
    banner.querySelector('button')!.click();
    expect(on.optOutOfSale).toHaveBeenCalledOnce();
    expect(banner.querySelector('a')).toBeNull();
  });

  it('says so when Global Privacy Control was honoured, and has nothing left to opt out of', () => {
    const state = { ...controller({ regime: 'opt-out' }).get(), gpc: true };
    const banner = renderBanner(state, resolveLocale({ language: 'en', texts: {} }), undefined, actions());
    expect(banner.textContent).toContain('Global Privacy Control honoured');
    expect(buttons(banner)).toEqual(['OK', 'Manage preferences']);
  });

  it('speaks the locale, right to left included', () => {
    const locale = resolveLocale({ language: 'ar', texts: { ar: { title: 'خصوصيتك' } } });
    const banner = renderBanner(controller().get(), locale, undefined, actions());
    expect(banner.getAttribute('dir')).toBe('rtl');
    expect(banner.getAttribute('lang')).toBe('ar');
    expect(banner.querySelector('h2')!.textContent).toBe('خصوصيتك');
  });
});
