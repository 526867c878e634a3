export { checkZoneConfig, zoneAllowIssues, zoneConfigIssues } from './check';
export { zoneCspHeader, type ZoneCspOptions } from './csp-header';
export { isZoneRoute, type RouteLocation } from './routes';
export { watchZones, type ZoneWatcher } from './watch';
