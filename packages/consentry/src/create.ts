import { createConsentry as createCore, type Consentry, type ConsentryConfig, type VendorDefinition } from '@consentry/core';
import { googleConsentMode, vendors as bundled } from '@consentry/integrations';
import { watchZones, zoneConfigIssues } from '@consentry/zones';

export interface HeadlessOptions {
  /** Vendor integrations beyond the bundled ones: the npm-only ones (`@consentry/integrations/posthog`). */
  vendors?: VendorDefinition[];
}

/**
 * The core with every vendor integration and the zero-telemetry zones wired in, and `attach` (the UI)
 * on top. Nothing gated starts until all of it is up: created suspended, the controller is released only
 * once the Consent Mode defaults, the zone guard and what `attach` adds are in place, so that a failure
 * on the way (a hostile page's clobbered `dataLayer`, a throwing `Object.defineProperty`) leaves no
 * tracker running without a way to withdraw: everything is destroyed and the error thrown.
 */
export function assemble<Extra extends object>(config: ConsentryConfig, options: HeadlessOptions | undefined, attach: (consentry: Consentry) => Extra): Consentry & Extra {
  const vendors = bundled.concat(options?.vendors ?? []);
  // The core validates once, wrong route patterns included, reporting every bad field at once.
  const consentry = createCore(config, { vendors, check: zoneConfigIssues, suspended: () => true });
  try {
    googleConsentMode(consentry, window);
    const zones = watchZones(consentry, vendors);
    const destroy = consentry.destroy;
    const extra = attach(consentry) as Extra & { destroy?: () => void };
    const assembled = Object.assign(consentry, extra, {
      destroy() {
        extra.destroy?.();
        zones.destroy();
        destroy();
      },
    });
    // Released on a public route; on a zone route (the zone watcher saw it) it stays suspended: not one
    // tracker request, not even for an instant.
    if (!zones.inZone()) consentry.suspend(false);
    return assembled;
  } catch (error) {
    consentry.destroy();
    throw error;
  }
}

/** The core with every vendor integration and the zero-telemetry zones wired in, without UI. */
export const createHeadless = (config: ConsentryConfig, options?: HeadlessOptions): Consentry => assemble(config, options, () => ({}));
