/**
 * What a config declares: the hosts trackers talk to, and the cookies and storage keys its services write.
 * Tracker hosts are Consentry's own vendor manifests (every integration's `hosts()`, configured or not: a
 * site's own gtag.js is a tracker too), each service's footprint, `zeroTelemetry.hosts` and the audit
 * config's `trackerHosts`. No third-party blocklist is shipped.
 */
import { hostMatcher, serviceFootprint, type ServiceConfig } from '@consentry/core';
import { vendors } from '@consentry/integrations';
import type { SiteConfig } from './site-config';

const vendorOf = (service: ServiceConfig) => vendors.find((vendor) => vendor.vendor === service.vendor);

export const footprintOf = (service: ServiceConfig) => serviceFootprint(service, vendorOf(service));

export function trackerHosts(config: SiteConfig, extra: string[] = []): string[] {
  return [
    ...vendors.flatMap((vendor) => vendor.hosts({ id: vendor.vendor, vendor: vendor.vendor, category: 'necessary' })),
    ...config.services.flatMap((service) => footprintOf(service).hosts),
    ...(config.raw.zeroTelemetry?.hosts ?? []),
    ...extra,
  ];
}

/** Whether a cookie or storage key name matches one of the declared names (a trailing `*` is a prefix). */
export function nameMatcher(patterns: string[]): (name: string) => boolean {
  return (name) => patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
}

export interface Declared {
  /** A name the config allows before any choice: Consentry's own choice and the services of `necessary`. */
  necessary: (name: string) => boolean;
  /** A name some service declares. */
  any: (name: string) => boolean;
  /** The names of optional services, which a withdrawal must delete. */
  optional: (name: string) => boolean;
}

export function declaredNames(config: SiteConfig): Declared {
  const names = (services: ServiceConfig[]) => services.flatMap((service) => [...footprintOf(service).cookies, ...footprintOf(service).storageKeys]);
  const necessary = config.services.filter((service) => service.category === 'necessary');
  const optional = config.services.filter((service) => service.category !== 'necessary');
  return {
    necessary: nameMatcher([config.storageName, ...names(necessary)]),
    any: nameMatcher([config.storageName, ...names(config.services)]),
    optional: nameMatcher(names(optional)),
  };
}

export { hostMatcher };
