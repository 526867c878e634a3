import type { Consentry, ConsentryConfig } from '@consentry/core';
import { mountUi, type Ui } from '@consentry/ui';
import { assemble, type HeadlessOptions } from './create';

/** The consent controller with its banner and preferences dialog. */
export type ConsentryWithUi = Consentry & Omit<Ui, 'destroy'>;

/**
 * Creates the consent controller with every vendor integration and zone, and mounts the banner (shown at
 * once when the visitor has not chosen) and the preferences dialog. Throws `ConsentryConfigError` for an
 * invalid config, before anything is shown, read, stored or loaded.
 */
export function createConsentry(config: ConsentryConfig, options?: HeadlessOptions): ConsentryWithUi {
  return assemble(config, options, mountUi);
}
