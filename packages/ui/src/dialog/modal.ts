/**
 * Opens a native modal `<dialog>`: the browser moves focus in, makes the page behind it inert, closes it
 * on Escape and keeps it above everything (WCAG 2.4.11). Tab also wraps inside it rather than leaving for
 * the browser's own controls, and focus returns to where it was on close (WAI-ARIA APG, dialog pattern).
 */
export function openModal(dialog: HTMLDialogElement, returnFocusTo: Element | null): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href],button:not(:disabled)')];
    const edge = focusable[event.shiftKey ? 0 : focusable.length - 1];
    if ((dialog.getRootNode() as ShadowRoot).activeElement === edge) {
      event.preventDefault();
      focusable[event.shiftKey ? focusable.length - 1 : 0]!.focus();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    (returnFocusTo as HTMLElement | null)?.focus?.();
  });
  dialog.showModal();
}
