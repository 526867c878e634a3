import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRegime } from './regime';
import { globalPrivacyControl } from './gpc';
import type { BrowserWindow } from '../types';

const win = window as BrowserWindow;
const inTimeZone = (timeZone: string) =>
  vi.spyOn(win.Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone } as Intl.ResolvedDateTimeFormatOptions);

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('regime', () => {
  it('is opt-in unless the site says otherwise', () => {
    expect(resolveRegime(undefined, undefined, win)).toBe('opt-in');
    expect(resolveRegime('opt-out', undefined, win)).toBe('opt-out');
  });

  it('auto: follows the server hint first', () => {
    inTimeZone('America/Los_Angeles');
    expect(resolveRegime('auto', 'opt-in', win)).toBe('opt-in');
  });

  it.each([
    ['America/Los_Angeles', 'opt-out'],
    ['America/New_York', 'opt-out'],
    ['America/Indiana/Indianapolis', 'opt-out'],
    ['Pacific/Honolulu', 'opt-out'],
    ['Europe/Berlin', 'opt-in'],
    ['America/Sao_Paulo', 'opt-in'],
    ['America/Toronto', 'opt-in'],
    ['Etc/UTC', 'opt-in'],
  ])('auto without hint: %s is %s', (zone, expected) => {
    inTimeZone(zone);
    expect(resolveRegime('auto', undefined, win)).toBe(expected);
  });

  it('auto: falls back to opt-in when the time zone cannot be read', () => {
    vi.spyOn(win.Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('no Intl');
    });
    expect(resolveRegime('auto', undefined, win)).toBe('opt-in');
  });
});

describe('Global Privacy Control', () => {
  it('is on only for navigator.globalPrivacyControl === true', () => {
    expect(globalPrivacyControl(win)).toBe(false);
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    expect(globalPrivacyControl(win)).toBe(true);
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: 'true', configurable: true });
    expect(globalPrivacyControl(win)).toBe(false);
  });
});
