import { createConsentry as createCore, type Consentry, type ConsentryConfig, type VendorDefinition } from '@consentry/core';
import { googleConsentMode, vendors as bundled } from '@consentry/integrations';
import { isZoneRoute, watchZones, zoneConfigIssues } from '@consentry/zones';

export interface HeadlessOptions {
  /** Vendor integrations beyond the bundled ones: the npm-only ones (`@consentry/integrations/posthog`). */
  vendors?: VendorDefinition[];
}

/**
 * The core with every vendor integration and the zero-telemetry zones wired in. The UI is mounted on top
 * of this by the npm entry and the script-tag bundle.
 */
export function createHeadless(config: ConsentryConfig, options?: HeadlessOptions): Consentry {
  const vendors = bundled.concat(options?.vendors ?? []);
  // The core validates once, wrong route patterns included, reporting every bad field at once; the zone
  // routes are matched only then, once their shape is known to be right. Suspended from the start on a
  // zone route: not one tracker request, not even for an instant.
  const consentry = createCore(config, {
    vendors,
    check: zoneConfigIssues,
    suspended: (valid) => isZoneRoute(valid, window.location),
  });
  googleConsentMode(consentry, window);
  const zones = watchZones(consentry, vendors);
  const destroy = consentry.destroy;
  return Object.assign(consentry, {
    destroy() {
      zones.destroy();
      destroy();
    },
  });
}
