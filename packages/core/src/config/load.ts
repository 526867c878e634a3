import type { BrowserWindow, ConfigIssue, ConsentryConfig, JsonSchema, NormalizedConfig, VendorDefinition } from '../types';
import { ConsentryConfigError } from './error';
import { checkReferences } from './references';
import { validate } from './validate';
import { resolveRegime } from '../signals/regime';
import editorSchema, { additionalProperties, properties, required, type } from '../consentry.schema.json';

/** The keywords of the core schema that the interpreter reads: `$schema`, for editors, stays out of bundles. */
const coreSchema = { type, properties, required, additionalProperties } as JsonSchema;

/** `schema` with each vendor's service schema added to the `services` union. */
function withVendors(schema: JsonSchema, vendors: VendorDefinition[]): JsonSchema {
  const services = schema.properties!.services!;
  return {
    ...schema,
    properties: {
      ...schema.properties,
      services: { ...services, items: { oneOf: [...services.items!.oneOf!, ...vendors.map((vendor) => vendor.schema)] } },
    },
  };
}

/** The published JSON Schema (`$schema` included) with each vendor's service schema added to the `services` union. */
export const schemaWithVendors = (vendors: VendorDefinition[]): JsonSchema => withVendors(editorSchema as JsonSchema, vendors);

/** Every problem of a config, each naming its field; empty when the config can run. */
export function configIssues(input: unknown, vendors: VendorDefinition[]): ConfigIssue[] {
  const issues = validate(withVendors(coreSchema, vendors), input);
  return issues.length ? issues : checkReferences(input as ConsentryConfig);
}

/**
 * Validates a config, with `check` for what the caller checks besides, and applies every default; throws
 * `ConsentryConfigError` naming each bad field.
 */
export function loadConfig(input: unknown, vendors: VendorDefinition[], window: BrowserWindow, check?: (input: unknown) => ConfigIssue[]): NormalizedConfig {
  const issues = configIssues(input, vendors).concat(check?.(input) ?? []);
  if (issues.length) throw new ConsentryConfigError(issues);
  return normalizeConfig(input as ConsentryConfig, window);
}

/** Applies every default to a config that is already valid. */
export function normalizeConfig(config: ConsentryConfig, window: BrowserWindow): NormalizedConfig {
  const categories: NormalizedConfig['categories'] = {};
  for (const [id, category] of Object.entries(config.categories ?? {})) {
    categories[id] = { ...category, sharing: category.sharing ?? id === 'marketing' };
  }
  return {
    ...config,
    categories,
    services: config.services ?? [],
    storage: { type: 'localStorage', name: 'consentry', path: '/', sameSite: 'Lax', maxAgeDays: 182, ...config.storage },
    regime: resolveRegime(config.regime, config.regimeHint, window),
    texts: config.texts ?? {},
    theme: config.theme ?? {},
  };
}
