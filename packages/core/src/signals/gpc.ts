import type { BrowserWindow } from '../types';
/**
 * Global Privacy Control (W3C draft): `navigator.globalPrivacyControl === true`. California (11 CCR 7025)
 * and Colorado require honouring it as an opt-out of sale and sharing.
 */
export function globalPrivacyControl(window: BrowserWindow): boolean {
  return (window.navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}
