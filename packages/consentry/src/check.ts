import { configIssues, type ConfigIssue } from '@consentry/core';
import { vendors } from '@consentry/integrations';
import { zoneAllowIssues, zoneConfigIssues } from '@consentry/zones';

/**
 * Every problem of a config, worded as the browser reports it, for the `consentry check` CLI and for
 * build steps that want to refuse a bad `consentry.config.json` before it ships.
 */
export function checkConfig(config: unknown): ConfigIssue[] {
  // Every bad field at once, wrong route patterns included, as createHeadless reports them in the browser.
  return [...configIssues(config, vendors), ...zoneConfigIssues(config), ...zoneAllowIssues(config, vendors)];
}
