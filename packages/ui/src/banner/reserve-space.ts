import { addStyles, firstRule, removeStyles } from '../styles/sheet';

/**
 * WCAG 2.2 SC 2.4.11 (Focus Not Obscured): the banner is fixed over the page, so while it shows, the
 * page's scroll padding follows its height (the browser scrolls a focused element clear of it) and as much
 * room is added below the page (so that its last links can scroll clear too). Content only grows below
 * what is painted: nothing moves, no layout shift. Returns the undo.
 */
export function reserveSpaceFor(banner: HTMLElement, nonce?: string): () => void {
  const sheet = addStyles(document, 'html{}', nonce);
  const declarations = firstRule(sheet);
  // The height is read once: read again after the first write, it would force a layout of its own.
  const observer = new ResizeObserver(() => {
    declarations.scrollPaddingBottom = declarations.paddingBottom = `${banner.offsetHeight}px`;
  });
  observer.observe(banner);
  return () => {
    observer.disconnect();
    removeStyles(document, sheet);
  };
}
