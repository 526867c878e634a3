import { describe, expect, it, vi } from 'vitest';
import { addStyles, applyTheme, removeStyles } from './sheet';

const shadowRoot = () => document.createElement('div').attachShadow({ mode: 'open' });

describe('styles', () => {
  it('adopts a constructed stylesheet, adding no <style> element to the page, and takes it back', () => {
    const root = shadowRoot();
    const sheet = addStyles(root, 'p{color:red}');
    expect(root.adoptedStyleSheets).toEqual([sheet]);
    expect(root.querySelector('style')).toBeNull();
    removeStyles(root, sheet);
    expect(root.adoptedStyleSheets).toEqual([]);
  });

  it('falls back to a <style> with the configured nonce where stylesheets cannot be constructed', () => {
    vi.stubGlobal('CSSStyleSheet', class {});
    const root = shadowRoot();
    addStyles(root, 'p{color:red}', 'r4nd0m');
    vi.unstubAllGlobals();
    expect(root.querySelector('style')?.getAttribute('nonce')).toBe('r4nd0m');
    expect(root.querySelector('style')?.textContent).toBe('p{color:red}');
  });

  it('turns the theme config into custom properties on the host', () => {
    const root = shadowRoot();
    applyTheme(addStyles(root, ':host{all:initial}'), { accent: '#007a5a', radius: '0' });
    const rule = root.adoptedStyleSheets[0]!.cssRules[0] as CSSStyleRule;
    expect(rule.style.getPropertyValue('--consentry-accent')).toBe('#007a5a');
    expect(rule.style.getPropertyValue('--consentry-radius')).toBe('0');
  });
});
