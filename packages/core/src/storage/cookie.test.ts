import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCookie, writeCookie } from './cookie';
import { clearBrowserState } from '../test/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  clearBrowserState();
});

const attributes = { path: '/', sameSite: 'Lax', secure: false };

describe('cookie', () => {
  it('round-trips a JSON value through URI encoding', () => {
    const value = '{"choices":{"analytics":true},"revision":"2026; 03"}';
    writeCookie(document, 'consentry', value, 182, attributes);
    expect(readCookie(document, 'consentry')).toBe(value);
    expect(document.cookie).not.toContain('"');
  });

  it('reads the cookie of that exact name only', () => {
    document.cookie = 'consentry_old=1; path=/';
    document.cookie = 'xconsentry=2; path=/';
    expect(readCookie(document, 'consentry')).toBeNull();
  });

  it('treats a value that is not valid URI encoding as no value', () => {
    document.cookie = 'consentry=%E0%A4%A; path=/';
    expect(readCookie(document, 'consentry')).toBeNull();
  });

  it('writes max age, path, domain, SameSite and Secure', () => {
    const set = vi.spyOn(document, 'cookie', 'set');
    writeCookie(document, 'c', 'v', 30, { path: '/shop', domain: 'example.com', sameSite: 'Strict', secure: true });
    expect(set).toHaveBeenCalledWith('c=v; Max-Age=2592000; Path=/shop; Domain=example.com; SameSite=Strict; Secure');
  });
});
