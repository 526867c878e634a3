import { describe, expect, it } from 'vitest';
import { addStyles, applyTheme } from './sheet';

describe('styles', () => {
  it('adopts a constructed stylesheet, adding no <style> element to the page', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    addStyles(root, 'p{color:red}');
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style')).toBeNull();
  });

  it('turns the theme config into custom properties on the host', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    applyTheme(root, { accent: '#007a5a', radius: '0' });
    const rule = root.adoptedStyleSheets[0]!.cssRules[0] as CSSStyleRule;
    expect(rule.style.getPropertyValue('--consentry-accent')).toBe('#007a5a');
    expect(rule.style.getPropertyValue('--consentry-radius')).toBe('0');
  });
});
