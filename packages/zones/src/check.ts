import { configIssues, ConsentryConfigError, type ConfigIssue } from '@consentry/core';
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

/**
 * Throws `ConsentryConfigError` for zone settings that cannot be read (a wrong shape, worded as the core
 * validation words it) or a wrong route pattern, for code with no core validation before it (servers).
 * Only the zone part is checked: the services' vendors are not at hand here.
 */
export function checkZoneConfig(config: unknown): void {
  const zoneShape = configIssues(config, []).filter(({ path }) => /^(?:zeroTelemetry\b|$)/.test(path));
  const issues = [...zoneShape, ...zoneConfigIssues(config)];
  if (issues.length) throw new ConsentryConfigError(issues);
}
