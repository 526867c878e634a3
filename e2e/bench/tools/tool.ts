import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One consent tool as the benchmark sets it up: its files, its markup per its own docs, its banner. */
export interface BenchTool {
  id: string;
  /** Name shown in the table, and the version measured. */
  label: string;
  version: string;
  /** Offers a choice per category (the targets compare against these peers only). */
  categories: boolean;
  /** Files the page loads, served at `/assets/<name>`; their gzip size is the tool's weight. */
  assets: Record<string, string>;
  /** Markup in `<head>` and at the end of `<body>`, as the tool's docs place it. */
  head: string;
  bodyEnd: string;
  /** How the tool gates the two trackers (`analytics.js`, `ads.js`) in markup, per its docs. */
  gated: (category: 'analytics' | 'marketing', src: string) => string;
  /** A JS expression, evaluated in the page each frame, for the banner element (or null). */
  banner: string;
  /** Playwright selector of the banner's accept-all button. */
  accept: string;
}

export const PAGE_ORIGIN = 'http://bench.consentry.test';
export const TRACKER_ORIGIN = 'http://tracker.bench.test';

/** Texts every tool shows, so that no banner is smaller for having less to say. */
export const TEXT = {
  title: 'We value your privacy',
  description: 'We use cookies for analytics and advertising measurement, only with your consent.',
  analytics: 'Analytics',
  marketing: 'Marketing',
};

/** A file by its path from the e2e folder (the peers are dev dependencies of the e2e package). */
export const fileOf = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The version of a package, by the path of its package.json from the e2e folder. */
export const versionOf = (packageJson: string): string =>
  (JSON.parse(readFileSync(fileOf(packageJson), 'utf8')) as { version: string }).version;
