/**
 * A small interpreter for the subset of JSON Schema that `z.toJSONSchema` emits for our config schema.
 * It is what the browser runs: the same rules as the zod schema (the JSON file is generated from it)
 * at a fraction of the size, with messages that name each bad field by path.
 */
import type { ConfigIssue } from '../types';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  [keyword: string]: unknown;
}

/** `services[1].projectId` style paths, as people write them. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}

const list = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(schema: JsonSchema, value: unknown, path: (string | number)[], issues: ConfigIssue[]): void {
  const report = (message: string, at = path) => {
    issues.push({ path: formatPath(at), message });
  };
  if (schema.oneOf) return checkUnion(schema.oneOf, value, path, issues, report);
  const actual = typeOf(value);
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer')) {
    return report(`expected ${schema.type}, received ${actual === 'integer' ? 'number' : actual}`);
  }
  if ('const' in schema && value !== schema.const) return report(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) return report(`expected one of ${list(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return report('must not be empty');
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) return report(`must match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      return report(`must be greater than ${schema.exclusiveMinimum}`);
    }
    if (schema.maximum !== undefined && value > schema.maximum) return report(`must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => check(schema.items!, item, [...path, index], issues));
  }
  if (actual === 'object') checkObject(schema, value as Record<string, unknown>, path, issues, report);
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: (string | number)[],
  issues: ConfigIssue[],
  report: (message: string, at?: (string | number)[]) => void,
): void {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (value[key] === undefined) report('required', [...path, key]);
  }
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key];
    if (schema.propertyNames) check(schema.propertyNames, key, at, issues);
    const rule = properties[key] ?? schema.additionalProperties;
    if (rule === false) report('unknown field', at);
    else if (rule && rule !== true && item !== undefined) {
      check(rule, item, at, issues);
    }
  }
}

/** Unions in our schema are discriminated by a `const` field (`vendor`): report against the matching branch. */
function checkUnion(
  branches: JsonSchema[],
  value: unknown,
  path: (string | number)[],
  issues: ConfigIssue[],
  report: (message: string, at?: (string | number)[]) => void,
): void {
  const key = Object.keys(branches[0]?.properties ?? {}).find((name) =>
    branches.every((branch) => branch.properties?.[name]?.const !== undefined),
  );
  if (typeOf(value) !== 'object' || !key) return report('expected object');
  const tag = (value as Record<string, unknown>)[key];
  const branch = branches.find((candidate) => candidate.properties![key]!.const === tag);
  if (!branch) {
    return report(`expected one of ${list(branches.map((b) => b.properties![key]!.const))}`, [...path, key]);
  }
  check(branch, value, path, issues);
}

/** Every way `value` breaks `schema`, in document order; empty when it is valid. */
export function validate(schema: JsonSchema, value: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  check(schema, value, [], issues);
  return issues;
}
