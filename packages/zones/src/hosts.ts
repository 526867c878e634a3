import { serviceFootprint, type ConsentryConfig, type VendorDefinition } from '@consentry/core';

/**
 * Every host a zone refuses: the hosts of every vendor integration, configured or not (a site's own
 * gtag.js, a tag manager adding Clarity), each service's footprint (its vendor's hosts and its own) and
 * `zeroTelemetry.hosts`.
 */
export function trackerHosts(config: Pick<ConsentryConfig, 'services' | 'zeroTelemetry'>, vendors: VendorDefinition[]): string[] {
  const services = config.services ?? [];
  return [
    ...vendors.flatMap((vendor) => vendor.hosts({ id: vendor.vendor, vendor: vendor.vendor, category: 'necessary' })),
    ...services.flatMap((service) => serviceFootprint(service, vendors.find((vendor) => vendor.vendor === service.vendor)).hosts),
    ...(config.zeroTelemetry?.hosts ?? []),
  ];
}
