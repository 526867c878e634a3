/**
 * Each vendor's zod schema, for tooling only (the `consentry check` CLI, JSON Schema generation): this
 * entry brings zod with it, so keep it out of browser bundles. The vendors themselves carry the JSON
 * Schema generated from these (`<vendor>/schema.json`).
 */
export { claritySchema } from './clarity/schema';
export { ga4Schema } from './ga4/schema';
export { hotjarSchema } from './hotjar/schema';
export { mixpanelSchema } from './mixpanel/schema';
export { metaPixelSchema } from './meta-pixel/schema';
export { plausibleSchema } from './plausible/schema';
export { posthogSchema } from './posthog/schema';
export { segmentSchema } from './segment/schema';
export { scriptSchema } from './script/schema';
