import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage } from './storage';
import { clearBrowserState } from '../test/fixtures';
import type { BrowserWindow, NormalizedConfig } from '../types';

const options = (changes: Partial<NormalizedConfig['storage']> = {}): NormalizedConfig['storage'] => ({
  type: 'localStorage',
  name: 'consentry',
  path: '/',
  sameSite: 'Lax',
  maxAgeDays: 182,
  ...changes,
});
const win = window as BrowserWindow;

afterEach(() => {
  vi.restoreAllMocks();
  clearBrowserState();
});

describe('consent storage', () => {
  it('keeps the choice in localStorage by default', () => {
    createStorage(options(), win).write('value');
    expect(localStorage.getItem('consentry')).toBe('value');
    expect(document.cookie).not.toContain('consentry=');
  });

  it('keeps it in a first-party cookie', () => {
    const storage = createStorage(options({ type: 'cookie', name: 'choice' }), win);
    storage.write('{"a":true}');
    expect(document.cookie).toContain('choice=');
    expect(localStorage.getItem('choice')).toBeNull();
    expect(storage.read()).toBe('{"a":true}');
    storage.clear();
    expect(storage.read()).toBeNull();
  });

  it('writes the cookie with the configured attributes, Secure only on https', () => {
    const set = vi.spyOn(document, 'cookie', 'set');
    createStorage(options({ type: 'cookie', sameSite: 'Strict', maxAgeDays: 30 }), win).write('v');
    const written = String(set.mock.calls[0]![0]);
    expect(written).toMatch(/^consentry=v;/);
    expect(written).toMatch(/; path=\/(;|$)/i);
    expect(written).toMatch(/; samesite=Strict(;|$)/i);
    expect(written).not.toMatch(/secure/i);
    expect(written).toMatch(/; Max-Age=2592000(;|$)/);
  });

  it('marks the cookie Secure on https, so the choice never travels over plain http', () => {
    const { happyDOM } = window as unknown as { happyDOM: { setURL(url: string): void } };
    const page = location.href;
    happyDOM.setURL('https://shop.example.com/');
    try {
      const set = vi.spyOn(document, 'cookie', 'set');
      const storage = createStorage(options({ type: 'cookie' }), win);
      storage.write('v');
      expect(String(set.mock.calls[0]![0])).toMatch(/; Secure$/);
      expect(storage.read()).toBe('v');
    } finally {
      happyDOM.setURL(page);
    }
  });

  it('shares the cookie across subdomains when a domain is configured', () => {
    const set = vi.spyOn(document, 'cookie', 'set');
    createStorage(options({ type: 'cookie', domain: 'localhost' }), win).write('v');
    expect(String(set.mock.calls[0]![0])).toContain('Domain=localhost');
  });

  it('"both": localStorage holds the choice and the cookie mirrors it; a cookie that differs is put right', () => {
    const storage = createStorage(options({ type: 'both' }), win);
    storage.write('same');
    expect(localStorage.getItem('consentry')).toBe('same');
    expect(storage.read()).toBe('same');
    document.cookie = 'consentry=accept-all-from-a-sibling; Path=/';
    expect(storage.read()).toBe('same');
    expect(document.cookie).toContain('consentry=same');
  });

  it('"both": a lone cookie, which a sibling subdomain may have tossed on the parent domain, is no choice and is removed', () => {
    document.cookie = 'consentry=accept-all-from-a-sibling; Path=/';
    expect(createStorage(options({ type: 'both' }), win).read()).toBeNull();
    expect(document.cookie).not.toContain('consentry=');
  });

  it('"both": a lone cookie counts where the site shares it on purpose (`domain`) or no one else can set it (`__Host-` on https)', () => {
    const storage = createStorage(options({ type: 'both', domain: 'localhost' }), win);
    storage.write('kept');
    localStorage.removeItem('consentry');
    expect(storage.read()).toBe('kept');
    clearBrowserState();
    const { happyDOM } = window as unknown as { happyDOM: { setURL(url: string): void } };
    const page = location.href;
    happyDOM.setURL('https://shop.example.com/');
    try {
      const secure = createStorage(options({ type: 'both' }), win);
      secure.write('kept');
      expect(document.cookie).toContain('__Host-consentry=kept');
      localStorage.removeItem('consentry');
      expect(secure.read()).toBe('kept');
    } finally {
      happyDOM.setURL(page);
    }
  });

  it('degrades to memory for the page when storage throws (Safari private mode, quota)', () => {
    const full = { getItem: vi.fn(() => null), setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } };
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full as unknown as Storage);
    const storage = createStorage(options(), win);
    expect(() => storage.write('remembered')).not.toThrow();
    expect(storage.read()).toBe('remembered');
    // For good: the refused storage is not asked again.
    expect(full.getItem).not.toHaveBeenCalled();
  });

  it('degrades to memory when cookies are blocked', () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => undefined);
    const storage = createStorage(options({ type: 'cookie' }), win);
    storage.write('remembered');
    expect(storage.read()).toBe('remembered');
  });

  it('reads nothing rather than throwing when storage access itself throws', () => {
    // Chromium with cookies blocked throws on the localStorage getter itself.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(createStorage(options(), win).read()).toBeNull();
  });
});
