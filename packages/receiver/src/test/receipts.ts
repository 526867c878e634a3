import type { ConsentReceipt } from '../types';

let counter = 0;

/** A receipt as the SDK sends it, with a fresh consent id unless one is given. */
export function aReceipt(overrides: Partial<ConsentReceipt> = {}): ConsentReceipt {
  counter += 1;
  return {
    id: counter.toString(16).padStart(32, 'a'),
    timestamp: '2026-03-02T10:00:00.000Z',
    revision: '2026-03',
    regime: 'opt-in',
    method: 'custom',
    gpc: false,
    categories: { necessary: true, analytics: true, marketing: false },
    services: { clarity: true },
    path: '/pricing',
    ...overrides,
  };
}

export const SITE = 'https://www.example.com';
export const TOKEN = 'operator-token';

/** A POST of the record as the browser makes it from the site. */
export function postRecord(body: unknown, init: { origin?: string; type?: string; address?: string } = {}): Request {
  return new Request('http://receiver.test/v1/consents', {
    method: 'POST',
    headers: { origin: init.origin ?? SITE, 'content-type': init.type ?? 'text/plain;charset=UTF-8' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function operatorRequest(path: string, init: RequestInit = {}): Request {
  return new Request(`http://receiver.test${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });
}
