import type { ServiceContext } from '@consentry/core';

/** Whether a vendor script was already added to the page (consent granted again after a withdrawal). */
export function isLoaded(context: ServiceContext, src: string): boolean {
  return Array.from(context.window.document.scripts).some((script) => script.src === src);
}

/** Loads a vendor script unless it is already in the page: a second copy would start a second tracker. */
export function loadOnce(context: ServiceContext, src: string): Promise<void> | void {
  if (!isLoaded(context, src)) return context.loadScript(src);
}
