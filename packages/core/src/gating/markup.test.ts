import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMarkupGate } from './markup';
import type { BrowserWindow } from '../types';

afterEach(() => {
  document.body.innerHTML = '';
});

const granted = new Set<string>();
const isGranted = (id: string) => granted.has(id);

/** The text of each script the gate puts in the page, in the order it does so. */
function watchActivations() {
  const order: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLScriptElement && node.type !== 'text/plain') order.push(node.text);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { order, stop: () => observer.disconnect() };
}
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('markup gate', () => {
  it('leaves gated elements inert, then activates them with their attributes and the nonce', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-type="module" data-site="1" nonce="n0nce">window.tracked = 1;</script>
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

  it('with a nonce in the config, leaves a gated script without it inert: injected markup is not the site\'s', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">window.injected = 1;</script>';
    granted.add('analytics');
    const gate = createMarkupGate(isGranted, window as BrowserWindow, 'n0nce');
    gate.update();
    await settle();
    expect(document.querySelector('script')!.type).toBe('text/plain');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/without the page nonce stays inert/), expect.anything());
    gate.destroy();
    granted.clear();
  });

  it('runs the gated scripts of each grant in document order, each once however often consent is granted again', async () => {
    document.body.innerHTML = ['a1:analytics', 'm1:marketing', 'a2:analytics', 'm2:marketing']
      .map((entry) => entry.split(':'))
      .map(([text, id]) => `<script type="text/plain" data-consent="${id}">${text}</script>`)
      .join('');
    const activations = watchActivations();
    const gate = createMarkupGate(isGranted, window as BrowserWindow);
    granted.add('marketing');
    gate.update();
    await settle();
    expect(activations.order).toEqual(['m1', 'm2']);

    granted.add('analytics');
    gate.update();
    gate.update();
    await settle();
    granted.clear();
    granted.add('analytics').add('marketing');
    gate.update();
    await settle();
    expect(activations.order).toEqual(['m1', 'm2', 'a1', 'a2']);
    activations.stop();
    gate.destroy();
    granted.clear();
  });

  it('gates an iframe added after start: inert until granted, at once when already granted', async () => {
    const gate = createMarkupGate(isGranted, window as BrowserWindow);
    const addIframe = (id: string) => {
      const iframe = document.createElement('iframe');
      iframe.dataset.consent = id;
      iframe.dataset.src = `about:blank#${id}`;
      document.body.append(iframe);
      return iframe;
    };
    const later = addIframe('video');
    await settle();
    expect(later.getAttribute('src')).toBeNull();
    granted.add('video');
    gate.update();
    expect(later.getAttribute('src')).toBe('about:blank#video');

    const afterGrant = addIframe('video');
    await settle();
    expect(afterGrant.getAttribute('src')).toBe('about:blank#video');
    expect(afterGrant.hasAttribute('data-src')).toBe(false);
    gate.destroy();
    granted.clear();
  });

  it('skips a gated script removed before its turn, so the scripts after it still run', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="/first.js"></script>
      <script type="text/plain" data-consent="analytics" src="/removed.js"></script>
      <script type="text/plain" data-consent="analytics">after</script>`;
    // happy-dom loads no script file: let it report a load, not an error for the console.
    const settings = (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;
    settings.handleDisabledFileLoadingAsSuccess = true;
    const activations = watchActivations();
    const gate = createMarkupGate(isGranted, window as BrowserWindow);
    granted.add('analytics');
    gate.update();
    // The page takes one out while the one before it loads: it never connects, so it never loads either.
    document.querySelectorAll('script')[1]!.remove();
    await settle();
    expect(activations.order).toEqual(['', 'after']);
    settings.handleDisabledFileLoadingAsSuccess = false;
    activations.stop();
    gate.destroy();
    granted.clear();
  });

  it('a script still waiting its turn when consent is withdrawn stays inert, and runs after a new grant', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="/slow.js"></script>
      <script type="text/plain" data-consent="analytics">second</script>`;
    const activations = watchActivations();
    const gate = createMarkupGate(isGranted, window as BrowserWindow);
    granted.add('analytics');
    gate.update();
    // The first is in the page and loading (happy-dom ends its load in a later task)...
    await Promise.resolve();
    await Promise.resolve();
    expect(document.querySelector('script:not([type])')).not.toBeNull();
    // ...when consent is withdrawn: once it has ended, the second must not run.
    granted.clear();
    await settle();
    await settle();
    expect(activations.order).toEqual(['']);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(1);

    granted.add('analytics');
    gate.update();
    await settle();
    expect(activations.order).toEqual(['', 'second']);
    activations.stop();
    gate.destroy();
    granted.clear();
  });
});
