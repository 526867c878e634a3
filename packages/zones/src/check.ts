import { ConsentryConfigError, type ConfigIssue } from '@consentry/core';
import { routeProblem } from './routes';

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

/** Throws `ConsentryConfigError` for a wrong route pattern, before anything is read or loaded. */
export function checkZoneConfig(config: unknown): void {
  const issues = zoneConfigIssues(config);
  if (issues.length) throw new ConsentryConfigError(issues);
}
