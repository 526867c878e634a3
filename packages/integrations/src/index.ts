import type { VendorDefinition } from '@consentry/core';
import { clarity } from './clarity';
import { ga4 } from './ga4';
import { mixpanel } from './mixpanel';
import { hotjar } from './hotjar';
import { script } from './script';

export { clarity, ga4, hotjar, mixpanel, script };
export { googleConsentMode } from './google-consent-mode';
// npm only, not in `vendors`: the script-tag bundle has no bytes left for them (README, Integrations).
export { metaPixel } from './meta-pixel';
export { plausible } from './plausible';
export { posthog } from './posthog';
export { segment } from './segment';
export type { ClarityService } from './clarity';
export type { Ga4Service } from './ga4';
export type { HotjarService } from './hotjar';
export type { MixpanelService } from './mixpanel';
export type { MetaPixelService } from './meta-pixel';
export type { PlausibleService } from './plausible';
export type { PosthogService } from './posthog';
export type { SegmentService } from './segment';
export type { ScriptService } from './script';

/** Every vendor integration, for the script-tag bundle and the all-in-one entry. */
export const vendors: VendorDefinition[] = [clarity, ga4, mixpanel, hotjar, script];
