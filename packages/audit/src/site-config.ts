/** The site's Consentry config as the audit reads it: from the page's JSON block or a file, checked, defaults applied. */
import { configIssues, type ConsentryConfig, type ServiceConfig } from '@consentry/core';
import { vendors } from '@consentry/integrations';
import { zoneConfigIssues } from '@consentry/zones';
import type { Page } from 'playwright-core';
import { AuditSetupError } from './types';

/** What the checks read of a config, with the defaults the browser applies (packages/core config/load.ts). */
export interface SiteConfig {
  raw: ConsentryConfig;
  services: ServiceConfig[];
  /** Categories that sell or share (CCPA): `sharing`, true by default for one named `marketing`. */
  sharingCategories: string[];
  /** Where Consentry keeps the choice: a cookie and/or a localStorage key of this name. */
  storageName: string;
  /** `opt-in`, `opt-out`, or `auto` (decided in the browser by a server hint or the time zone). */
  regime: 'opt-in' | 'opt-out' | 'auto';
  zoneRoutes: string[];
  zoneAllow: string[];
}

/** The text of `<script type="application/json" id="consentry-config">`, or null when the page has none. */
export const readConfigBlock = (page: Page) =>
  page.evaluate(() => {
    const block = document.getElementById('consentry-config');
    return block instanceof HTMLScriptElement && block.type === 'application/json' ? block.textContent : null;
  });

export function parseConfigBlock(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AuditSetupError(`the Consentry config block of ${where} is not JSON: ${(error as Error).message}`);
  }
}

/** Checks the config as the browser would, and refuses to audit against one the site itself would refuse. */
export function siteConfig(input: unknown, source: string): SiteConfig {
  const issues = [...configIssues(input, vendors), ...zoneConfigIssues(input)];
  if (issues.length) {
    throw new AuditSetupError(`the Consentry config from ${source} is invalid\n${issues.map(({ path, message }) => `- ${path || '(root)'}: ${message}`).join('\n')}`);
  }
  const raw = input as ConsentryConfig;
  return {
    raw,
    services: raw.services ?? [],
    sharingCategories: Object.entries(raw.categories ?? {})
      .filter(([id, category]) => category.sharing ?? id === 'marketing')
      .map(([id]) => id),
    storageName: raw.storage?.name ?? 'consentry',
    regime: raw.regime === 'auto' ? (raw.regimeHint ?? 'auto') : (raw.regime ?? 'opt-in'),
    zoneRoutes: raw.zeroTelemetry?.routes ?? [],
    zoneAllow: raw.zeroTelemetry?.allow ?? [],
  };
}
