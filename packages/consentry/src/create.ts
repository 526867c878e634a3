import { configIssues, ConsentryConfigError, createConsentry as createCore, type Consentry, type ConsentryConfig } from '@consentry/core';
import { googleConsentMode, vendors } from '@consentry/integrations';
import { isZoneRoute, watchZones, zoneConfigIssues } from '@consentry/zones';

/**
 * The core with every vendor integration and the zero-telemetry zones wired in. The UI is mounted on top
 * of this by the npm entry and the script-tag bundle.
 */
export function createHeadless(config: ConsentryConfig): Consentry {
  // The whole config first, so that the zone routes are read only once their shape is known to be right,
  // and every bad field is reported at once, wrong route patterns included.
  const issues = [...configIssues(config, vendors), ...zoneConfigIssues(config)];
  if (issues.length) throw new ConsentryConfigError(issues);
  // Suspended from the start on a zone route: not one tracker request, not even for an instant.
  const consentry = createCore(config, { vendors, suspended: isZoneRoute(config, window.location) });
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
