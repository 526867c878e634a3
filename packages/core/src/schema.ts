/**
 * The zod schemas, for tooling only (the `consentry check` CLI, JSON Schema generation, your own build
 * checks): importing this entry brings zod with it, so keep it out of browser bundles.
 */
export { configSchema, createConfigSchema, customServiceSchema, serviceFields, identifier } from './config/schema';
export { checkConfig, formatZodIssues } from './config/zod-issues';
