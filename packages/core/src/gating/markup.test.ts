import { afterEach, describe, expect, it } from 'vitest';
import { createMarkupGate } from './markup';
import type { BrowserWindow } from '../types';

afterEach(() => {
  document.body.innerHTML = '';
});

const granted = new Set<string>();
const isGranted = (id: string) => granted.has(id);

describe('markup gate', () => {
  it('leaves gated elements inert, then activates them with their attributes and the nonce', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-type="module" data-site="1">window.tracked = 1;</script>
      <iframe data-consent="video" data-src="about:blank#player" title="Player"></iframe>`;
    const gate = createMarkupGate(isGranted, window as BrowserWindow, 'n0nce');
    gate.update();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    expect(document.querySelector('iframe')!.getAttribute('src')).toBeNull();
    expect(gate.activated).toBe(false);

    granted.add('analytics').add('video');
    gate.update();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('about:blank#player');
    expect(gate.activated).toBe(true);
    await Promise.resolve();
    const script = document.querySelector('script')!;
    expect(script.type).toBe('module');
    expect(script.dataset.site).toBe('1');
    expect(script.nonce).toBe('n0nce');
    expect(script.text).toBe('window.tracked = 1;');
    expect(script.hasAttribute('data-consent')).toBe(false);
    gate.destroy();
    granted.clear();
  });
});
