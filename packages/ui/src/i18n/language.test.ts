import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from './language';

const locale = (config: { language?: string; texts?: Record<string, Record<string, string>> } = {}) =>
  resolveLocale({ texts: {}, ...config });

describe('resolveLocale', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('prefers the configured language over <html lang> and the browser', () => {
    document.documentElement.lang = 'fr';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es']);
    expect(locale({ language: 'de' }).texts.acceptAll).toBe('Alle akzeptieren');
    expect(locale().texts.acceptAll).toBe('Tout accepter');
    document.documentElement.removeAttribute('lang');
    expect(locale().texts.acceptAll).toBe('Aceptar todo');
  });

  it('tells Portuguese of Brazil from that of Portugal, and a bare pt gets pt-PT', () => {
    expect(locale({ language: 'pt-br' }).texts.save).toBe('Salvar preferências');
    expect(locale({ language: 'pt' }).texts.save).toBe('Guardar preferências');
    expect(locale({ language: 'cs-CZ' }).lang).toBe('cs');
  });

  it('falls back to English for an unknown language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP']);
    expect(locale()).toMatchObject({ lang: 'en', dir: 'ltr', texts: { rejectAll: 'Reject all' } });
  });

  it('lets the config replace any text, and add a right-to-left language', () => {
    expect(locale({ language: 'de', texts: { de: { title: 'Cookies?' } } }).texts).toMatchObject({
      title: 'Cookies?',
      rejectAll: 'Alle ablehnen',
    });
    const arabic = locale({ language: 'ar', texts: { ar: { acceptAll: 'قبول الكل' } } });
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl', texts: { acceptAll: 'قبول الكل', rejectAll: 'Reject all' } });
  });
});
