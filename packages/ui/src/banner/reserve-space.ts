import { addStyles, firstRule } from '../styles/sheet';

/**
 * WCAG 2.2 SC 2.4.11 (Focus Not Obscured): the banner is fixed over the page, so the page's scroll
 * padding follows its height and the browser scrolls a focused element clear of it. Returns the undo.
 */
export function reserveSpaceFor(banner: HTMLElement, nonce?: string): () => void {
  const declarations = firstRule(addStyles(document, 'html{}', nonce));
  const observer = new ResizeObserver(() => declarations.setProperty('scroll-padding-bottom', `${banner.offsetHeight}px`));
  observer.observe(banner);
  return () => {
    observer.disconnect();
    declarations.removeProperty('scroll-padding-bottom');
  };
}
