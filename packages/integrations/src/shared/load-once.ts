import type { ServiceContext } from '@consentry/core';

/**
 * Loads a vendor script unless it is already in the page (consent granted again after a withdrawal): a
 * second copy would start a second tracker. Returns nothing when the script was there already.
 */
export function loadOnce(context: ServiceContext, src: string, attributes?: Record<string, string>): Promise<void> | undefined {
  const loaded = Array.from(context.window.document.scripts).some((script) => script.src === src);
  return loaded ? undefined : context.loadScript(src, attributes);
}
