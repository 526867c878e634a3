import { configIssues, ConsentryConfigError, hostMatcher, type ConfigIssue, type ConsentryConfig, type VendorDefinition } from '@consentry/core';
import { allowIssues } from './allow';
import { trackerHosts } from './hosts';
import { routeProblem } from './routes';

/** The hosts a zone refuses, as far as a config not yet validated lets them be read. */
function readableTrackerHosts(config: Partial<ConsentryConfig>, vendors: VendorDefinition[]): string[] {
  try {
    return trackerHosts(config, vendors);
  } catch {
    return trackerHosts({}, vendors); // Services of a wrong shape: the core validation reports them.
  }
}

/**
 * Problems of the zone routes, each naming its pattern (`zeroTelemetry.routes[2]: ...`). Other shape
 * errors (routes not a list) are the core validation's to report.
 */
export function zoneConfigIssues(config: unknown): ConfigIssue[] {
  const routes: unknown = (config as { zeroTelemetry?: { routes?: unknown } } | null)?.zeroTelemetry?.routes;
  if (!Array.isArray(routes)) return [];
  return routes.flatMap((route, index) => {
    const message = routeProblem(route);
    return message ? [{ path: `zeroTelemetry.routes[${index}]`, message }] : [];
  });
}

/**
 * What a server or a build step reports besides: allowed origins that are tracker hosts of these vendors or
 * of the config. The page's guard refuses those whatever the list says, so the browser skips this check.
 */
export function zoneAllowIssues(config: unknown, vendors: VendorDefinition[]): ConfigIssue[] {
  const isTracker = hostMatcher(readableTrackerHosts(config as Partial<ConsentryConfig>, vendors));
  return allowIssues((config as { zeroTelemetry?: { allow?: unknown } } | null)?.zeroTelemetry?.allow, (url) => isTracker(url));
}

/**
 * Throws `ConsentryConfigError` for zone settings that cannot be read (a wrong shape, worded as the core
 * validation words it) or a wrong route pattern, for code with no core validation before it (servers).
 * Only the zone part is checked; allowed origins against the hosts of the vendors given.
 */
export function checkZoneConfig(config: unknown, vendors: VendorDefinition[] = []): void {
  const zoneShape = configIssues(config, []).filter(({ path }) => /^(?:zeroTelemetry\b|$)/.test(path));
  const issues = [...zoneShape, ...zoneConfigIssues(config), ...(zoneShape.length ? [] : zoneAllowIssues(config, vendors))];
  if (issues.length) throw new ConsentryConfigError(issues);
}
