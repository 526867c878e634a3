import type { BrowserWindow } from './types';

/**
 * Runs code Consentry does not own (a vendor's start or stop, a change listener, an onGranted callback)
 * so that its failure, thrown or rejected, is logged and never stops what comes after it. Returns what
 * it returned, or undefined when it threw.
 */
export function isolate<Result>(window: BrowserWindow, action: () => Result): Result | undefined {
  const report = (error: unknown) => window.console.error('Consentry:', error);
  try {
    const result = action();
    Promise.resolve(result).catch(report);
    return result;
  } catch (error) {
    report(error);
  }
}
