import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from '@consentry/core';
import { installGuard } from './guard';
import { hostMatcher } from './hosts';

const isTracker = hostMatcher(['*.googletagmanager.com', 'c.clarity.ms']);

describe('in-page guard', () => {
  it('refuses tracker hosts only while on, and lets everything else through', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL) => new Response('ok'));
    window.fetch = fetch;
    let active = true;
    installGuard(window as BrowserWindow, (url) => isTracker(url, document.baseURI), () => active);

    await expect(window.fetch('https://www.googletagmanager.com/gtag/js')).rejects.toThrow(/zero-telemetry zone/);
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
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/api/usage', 'https://www.googletagmanager.com/gtag/js']);
  });
});
