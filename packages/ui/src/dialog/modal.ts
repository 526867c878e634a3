/**
 * Opens a native modal `<dialog>`: the browser moves focus in, makes the page behind it inert, closes it
 * on Escape and keeps it above everything (WCAG 2.4.11). Tab also wraps inside it rather than leaving for
 * the browser's own controls, and focus returns to where it was on close (WAI-ARIA APG, dialog pattern).
 */
export function openModal(dialog: HTMLDialogElement, returnFocusTo: () => Element | null): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    // Links and enabled controls, in the order Tab moves through them (backwards with Shift): from the last
    // one, focus wraps to the first.
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href],:enabled')];
    if (event.shiftKey) focusable.reverse();
    if (event.target === focusable[focusable.length - 1]) {
      event.preventDefault();
      focusable[0]!.focus();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    (returnFocusTo() as HTMLElement | null)?.focus?.();
  });
  dialog.showModal();
}
