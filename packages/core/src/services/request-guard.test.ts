import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from '@consentry/core';
import { hostMatcher } from './hosts';
import { refuseRequests } from './request-guard';

const isTracker = hostMatcher(['*.googletagmanager.com', 'c.clarity.ms']);

describe('in-page guard', () => {
  it('refuses tracker hosts only while on, and lets everything else through', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL) => new Response('ok'));
    window.fetch = fetch;
    let active = true;
    refuseRequests(window as BrowserWindow, (url) => active && isTracker(url.href));

    await expect(window.fetch('https://www.googletagmanager.com/gtag/js')).rejects.toThrow(/Consentry: refused/);
    await window.fetch('/api/usage');
    const pixel = new Image();
    pixel.src = 'https://c.clarity.ms/c.gif';
    expect(pixel.getAttribute('src')).toBeNull();
    const script = document.createElement('script');
    script.setAttribute('src', 'https://www.googletagmanager.com/gtag/js?id=G-WIDGET1');
    expect(script.hasAttribute('src')).toBe(false);
    const refused = new Promise((resolve) => script.addEventListener('error', resolve));
    document.head.append(script);
    await refused;

    active = false;
    await window.fetch('https://www.googletagmanager.com/gtag/js');
    // A rule added later is asked as well.
    refuseRequests(window as BrowserWindow, (url) => url.pathname === '/api/secret');
    await expect(window.fetch('/api/secret')).rejects.toThrow(/Consentry: refused/);
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/api/usage', 'https://www.googletagmanager.com/gtag/js']);
  });

  it('disarms tracker scripts however they are inserted, and refuses WebSocket and EventSource to tracker hosts', () => {
    // A window of its own: the guard is installed once per window.
    const page = new Window({ url: 'https://www.example.com/' }) as unknown as BrowserWindow & typeof globalThis;
    const { document } = page;
    page.EventSource = class {
      constructor(readonly url: string) {}
    } as unknown as typeof EventSource;
    refuseRequests(page, (url) => isTracker(url.href));
    const { EventSource, WebSocket } = page;
    // Parsed markup, like a script made by another document, never met this document's setters.
    const range = document.createRange();
    const parsed = () => range.createContextualFragment('<script src="https://c.clarity.ms/s/0.7.0/clarity.js"></script>');
    const tracker = () => parsed().firstChild as HTMLScriptElement;
    const own = Object.assign(document.createElement('script'), { type: 'application/json', src: '/app.json' });
    document.body.replaceChildren(own);
    range.selectNodeContents(document.body);
    const inserted = [
      (script: Node) => document.body.replaceChildren(own, script),
      (script: Node) => document.body.insertAdjacentElement('beforeend', script as Element),
      (script: Node) => range.insertNode(script),
      (script: Node) => range.insertNode(script.parentNode!),
      (script: Node) => range.surroundContents(script),
    ].map((insert) => {
      const script = tracker();
      insert(script);
      return script.type;
    });

    expect(inserted).toEqual(Array(5).fill('text/plain'));
    expect(own.type).toBe('application/json');
    expect(() => new WebSocket('wss://c.clarity.ms/ws')).toThrow(/Consentry: refused/);
    expect(() => new EventSource('https://www.googletagmanager.com/events')).toThrow(/Consentry: refused/);
    expect(new EventSource('/api/events')).toBeInstanceOf(EventSource);
  });
});
