import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieDomains, deleteCookies, deleteStorageKeys } from './cleanup';
import { clearBrowserState } from '../test/fixtures';
import type { BrowserWindow } from '../types';

const win = window as BrowserWindow;
afterEach(clearBrowserState);

describe('withdrawal cleanup', () => {
  it('knows every domain level a vendor may have written a cookie on', () => {
    expect(cookieDomains('www.shop.example.co')).toEqual([undefined, 'www.shop.example.co', 'shop.example.co', 'example.co']);
    expect(cookieDomains('localhost')).toEqual([undefined]);
    expect(cookieDomains('127.0.0.1')).toEqual([undefined]);
  });

  it('expires a matching cookie on each domain level and path, and leaves the others', () => {
    document.cookie = '_ga=GA1.1.1; path=/';
    document.cookie = '_ga_ABC123=GS1.1; path=/';
    document.cookie = '_gat=1; path=/';
    document.cookie = 'cart=3; path=/';
    const written = vi.spyOn(document, 'cookie', 'set');
    deleteCookies(['_ga', '_ga_*'], win);
    const deletions = written.mock.calls.map(([value]) => String(value));
    expect(deletions.every((value) => /; Max-Age=-\d+;/.test(value))).toBe(true);
    expect(deletions.filter((value) => value.startsWith('_ga_ABC123=')).length).toBeGreaterThan(1);
    expect(deletions.filter((value) => value.startsWith('_ga=')).length).toBeGreaterThan(0);
    written.mockRestore();
    expect(document.cookie).toContain('cart=3');
    expect(document.cookie).toContain('_gat=1');
    expect(document.cookie).not.toMatch(/_ga=|_ga_ABC123/);
  });

  it('still deletes the others when a cookie name is not valid URI encoding', () => {
    document.cookie = '%E0%A4%A=x; path=/';
    document.cookie = '_ga=GA1.1.1; path=/';
    expect(() => deleteCookies(['_ga', '%E0*'], win)).not.toThrow();
    expect(document.cookie).not.toContain('_ga=');
  });

  it('throws nothing into the page where cookie or storage access throws (a sandboxed iframe)', () => {
    const denied = () => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    };
    vi.spyOn(document, 'cookie', 'get').mockImplementation(denied);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(denied);
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(denied);
    expect(() => deleteCookies(['_ga'], win)).not.toThrow();
    expect(() => deleteStorageKeys(['_ga'], win)).not.toThrow();
    vi.restoreAllMocks();
  });

  it('deletes matching keys from both storages', () => {
    localStorage.setItem('mp_token_mixpanel', '{}');
    localStorage.setItem('__mpq_token_ev', '[]');
    sessionStorage.setItem('__mpq_token_pp', '[]');
    localStorage.setItem('consentry', 'kept');
    deleteStorageKeys(['mp_token_mixpanel', '__mpq_token*'], win);
    expect(localStorage.length).toBe(1);
    expect(sessionStorage.length).toBe(0);
  });
});
