import type { BrowserWindow } from '@consentry/core';

/** A vendor's command function, as its snippet defines it before the real script replaces it. */
export type VendorCommand = ((...args: unknown[]) => void) & { q?: IArguments[] };

/**
 * The vendors' own queue stub (Clarity: `c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)}`,
 * Hotjar: the same as `hj`): calls made before the script loads are replayed by it, in order.
 */
export function queueStub(window: BrowserWindow, name: string): VendorCommand {
  const global = window as unknown as Record<string, VendorCommand | undefined>;
  return (global[name] ||= function () {
    // eslint-disable-next-line prefer-rest-params
    (global[name]!.q ||= []).push(arguments);
  });
}
