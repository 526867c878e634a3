import type { VendorDefinition } from '@consentry/core';

/** Every vendor integration, for the script-tag bundle and the all-in-one entry. */
export const vendors: VendorDefinition[] = [];
