/**
 * A small interpreter for the subset of JSON Schema that `z.toJSONSchema` emits for our config schema.
 * It is what the browser runs: the same rules as the zod schema (the JSON file is generated from it)
 * at a fraction of the size, with messages that name each bad field by path. Tests check that it and
 * zod report every bad config alike.
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
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  [keyword: string]: unknown;
}

type Path = (string | number)[];

/** One step down a path: `services` and 1 make `services[1]`, and `.projectId` follows. */
const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** `services[1].projectId` style paths, as people write them. */
export function formatPath(path: Path): string {
  return path.reduce<string>(childPath, '');
}

/** The JSON Schema type of a value. NaN and Infinity are no JSON number, so they are named (zod refuses them too). */
export const typeOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' && !isFinite(value) ? String(value) : typeof value;
export const oneOfText = (values: unknown[]) => `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;

function check(schema: JsonSchema, value: any, path: string, issues: ConfigIssue[]): void {
  const fail = (message: string, at = path) => {
    issues.push({ path: at, message });
  };
  // The schema's one union is the services list, discriminated by `vendor`: a union of objects.
  const { oneOf, anyOf, type = oneOf && 'object', enum: values, minLength, pattern, exclusiveMinimum, maximum, items, properties = {}, additionalProperties, propertyNames } = schema;
  // "integer" is a number with no fraction (JSON Schema 2020-12, 6.1.1).
  const actual = type === 'integer' && Number.isInteger(value) ? type : typeOf(value);
  // The other unions are of scalars of different types (a Hotjar id as a number or a string): the value
  // is reported against the branch of its type.
  if (anyOf) {
    const branch = anyOf.find((candidate) => candidate.type === (typeof value === 'number' ? 'integer' : actual));
    return branch ? check(branch, value, path, issues) : fail(`expected ${anyOf.map((candidate) => candidate.type).join(' or ')}, received ${actual}`);
  }
  if (type && type !== actual) return fail(value === undefined ? 'required' : `expected ${type}, received ${actual}`);
  // Each service is reported against the branch of its vendor.
  if (oneOf) {
    const branch = oneOf.find((candidate) => candidate.properties!.vendor!.const === value.vendor);
    if (!branch) return fail(oneOfText(oneOf.map((candidate) => candidate.properties!.vendor!.const)), childPath(path, 'vendor'));
    return check(branch, value, path, issues);
  }
  // Comparisons with an absent keyword (undefined) are false, so each rule below applies only where set.
  if (values && !values.includes(value)) return fail(oneOfText(values));
  // Each rule only on its own type: comparing an object would call its `toString`, which a config may name.
  if (actual === 'string' && value.length < minLength!) return fail(minLength === 1 ? 'must not be empty' : `must be at least ${minLength} long`);
  if (pattern && !new RegExp(pattern).test(value)) return fail(`must match ${pattern}`);
  if (typeof value === 'number' && value <= exclusiveMinimum!) return fail(`must be greater than ${exclusiveMinimum}`);
  if (typeof value === 'number' && value > maximum!) return fail(`must be at most ${maximum}`);
  if (items) value.forEach((item: unknown, index: number) => check(items, item, childPath(path, index), issues));
  if (actual === 'object') {
    for (const key of schema.required ?? []) if (value[key] === undefined) fail('required', childPath(path, key));
    for (const key in value) {
      const at = childPath(path, key);
      // Own properties only: `constructor` or `__proto__` must not find Object.prototype's.
      const own = ({}).hasOwnProperty.call(properties, key);
      const rule = own ? properties[key] : additionalProperties;
      if (propertyNames) check(propertyNames, key, at, issues);
      if (rule === false) fail('unknown field', at);
      // An optional field may be undefined, as zod's optional() allows; an entry of a record may not.
      else if (rule && !(own && value[key] === undefined)) check(rule as JsonSchema, value[key], at, issues);
    }
  }
}

/** Every way `value` breaks `schema`, in document order; empty when it is valid. */
export function validate(schema: JsonSchema, value: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  check(schema, value, '', issues);
  return issues;
}
