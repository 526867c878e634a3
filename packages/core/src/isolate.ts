import type { BrowserWindow } from './types';

/**
 * Runs code Consentry does not own (a vendor's start or stop, a change listener, an onGranted callback)
 * so that its failure, thrown or rejected, is logged and never stops what comes after it.
 */
export function isolate(window: BrowserWindow, action: () => unknown): void {
  const report = (error: unknown) => window.console.error('Consentry:', error);
  try {
    Promise.resolve(action()).catch(report);
  } catch (error) {
    report(error);
  }
}
