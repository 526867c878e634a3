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

/**
 * Whether a URL goes to one of the hosts. `*.clarity.ms` and `clarity.ms` alike match the host and every
 * subdomain (a zone too wide is the safe side); a scheme, port or path written in a host entry is ignored.
 */
export function hostMatcher(hosts: string[]): (url: unknown, base?: string) => boolean {
  const names = hosts.map((host) => host.toLowerCase().replace(/^(?:[a-z][\w+.-]*:\/\/)?(?:\*\.)?([^/:]*?)\.?(?:[/:].*)?$/, '$1'));
  return (url, base) => {
    try {
      const host = new URL(url as string, base).hostname.replace(/\.$/, '');
      // With a dot in front of both, "ends with" means "is the host or one of its subdomains".
      return names.some((name) => `.${host}`.endsWith(`.${name}`));
    } catch {
      return false; // Not a URL anything can fetch.
    }
  };
}
