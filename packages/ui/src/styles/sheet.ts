import { h } from '../dom/h';

/**
 * Adds `css` to a shadow root or a document. A constructed stylesheet is not a `style` attribute nor an
 * inline `<style>`, so it runs under `style-src 'self'`; browsers without constructable stylesheets get a
 * `<style>` carrying the configured nonce. Returns the sheet, for rules changed later through the CSSOM.
 */
export function addStyles(root: ShadowRoot | Document, css: string, nonce?: string): CSSStyleSheet {
  if ('replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return sheet;
  }
  const style = h('style', { nonce }, css);
  ('head' in root ? root.head : root).append(style);
  return style.sheet!;
}

/** Takes back what `addStyles` added. */
export function removeStyles(root: ShadowRoot | Document, sheet: CSSStyleSheet): void {
  const style = sheet.ownerNode as Element | null;
  // A `<style>` where constructable stylesheets are missing, and `adoptedStyleSheets` with them.
  if (style) style.remove();
  else root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

/** The declarations of a sheet's first rule, to set values (theme, scroll padding) without parsing CSS. */
export const firstRule = (sheet: CSSStyleSheet): CSSStyleDeclaration => (sheet.cssRules[0] as CSSStyleRule).style;

/**
 * The `theme` config: `{ "accent": "#0a7" }` sets `--consentry-accent` for this banner, in the first rule of
 * `sheet`, which must be the `:host` one.
 */
export function applyTheme(sheet: CSSStyleSheet, theme: Record<string, string>): void {
  // The rule is looked up per entry, so that without a theme the CSSOM is not touched at all.
  for (const [name, value] of Object.entries(theme)) firstRule(sheet).setProperty(`--consentry-${name}`, value);
}
