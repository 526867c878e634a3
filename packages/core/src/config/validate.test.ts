import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { createConfigSchema, serviceFields } from './schema';
import { checkConfig } from './zod-issues';
import { loadConfig } from './load';
import { ConsentryConfigError } from './error';
import { recordingVendor, siteConfig } from '../test/fixtures';
import type { BrowserWindow, JsonSchema } from '../types';
import coreSchema from '../consentry.schema.json';
// The published schema with every vendor integration, kept equal to zod's output by its own snapshot test.
import withVendors from '../../../consentry/src/consentry.schema.json';

const vendor = recordingVendor();
const recorderSchema = z.strictObject({ ...serviceFields, vendor: z.literal('recorder'), projectId: z.string().check(z.regex(/^[a-z0-9]+$/)) });

function browserIssues(config: unknown) {
  try {
    loadConfig(config, [vendor], window as BrowserWindow);
    return [];
  } catch (error) {
    if (!(error instanceof ConsentryConfigError)) throw error;
    return error.issues;
  }
}

const badConfigs: [string, unknown, { path: string; message: string }[]][] = [
  ['no revision', { categories: {} }, [{ path: 'revision', message: 'required' }]],
  ['empty revision', { revision: '' }, [{ path: 'revision', message: 'must not be empty' }]],
  ['revision of the wrong type', { revision: 3 }, [{ path: 'revision', message: 'expected string, received number' }]],
  ['unknown field', { revision: '1', colour: 'red' }, [{ path: 'colour', message: 'unknown field' }]],
  ['unknown regime', { revision: '1', regime: 'gdpr' }, [{ path: 'regime', message: 'expected one of "opt-in", "opt-out", "auto"' }]],
  [
    'vendor field missing',
    { revision: '1', categories: { analytics: { label: 'A' } }, services: [{ id: 'a', vendor: 'custom', category: 'analytics' }, { id: 'c', vendor: 'recorder', category: 'analytics' }] },
    [{ path: 'services[1].projectId', message: 'required' }],
  ],
  [
    'vendor field malformed',
    { revision: '1', categories: { analytics: { label: 'A' } }, services: [{ id: 'c', vendor: 'recorder', category: 'analytics', projectId: 'Not Valid' }] },
    [{ path: 'services[0].projectId', message: 'must match ^[a-z0-9]+$' }],
  ],
  ['category without label', { revision: '1', categories: { analytics: {} } }, [{ path: 'categories.analytics.label', message: 'required' }]],
  ['storage max age not positive', { revision: '1', storage: { maxAgeDays: 0 } }, [{ path: 'storage.maxAgeDays', message: 'must be greater than 0' }]],
  ['storage max age over 400 days', { revision: '1', storage: { maxAgeDays: 500 } }, [{ path: 'storage.maxAgeDays', message: 'must be at most 400' }]],
  ['record without endpoint', { revision: '1', record: {} }, [{ path: 'record.endpoint', message: 'required' }]],
  ['language too short', { revision: '1', language: 'e' }, [{ path: 'language', message: 'must match ^[a-zA-Z]{2,3}(-\\w+)*$' }]],
  ['language named like an Object built-in', { revision: '1', language: 'constructor' }, [{ path: 'language', message: 'must match ^[a-zA-Z]{2,3}(-\\w+)*$' }]],
  ['a javascript: privacy policy link', { revision: '1', privacyPolicyUrl: 'javascript:alert(1)' }, [{ path: 'privacyPolicyUrl', message: expect.stringMatching(/^must match /) }]],
  ['a privacy policy link whose scheme a URL parser finds behind a tab', { revision: '1', privacyPolicyUrl: '\tjavascript:alert(1)' }, [{ path: 'privacyPolicyUrl', message: expect.stringMatching(/^must match /) }]],
  ['a data: privacy policy link', { revision: '1', privacyPolicyUrl: 'data:text/html,<script>alert(1)</script>' }, [{ path: 'privacyPolicyUrl', message: expect.stringMatching(/^must match /) }]],
  ['a theme value that fetches', { revision: '1', theme: { accent: 'url(https://tracker.example/pixel)' } }, [{ path: 'theme.accent', message: expect.stringMatching(/^must match /) }]],
  ['a theme value that fetches, in capitals', { revision: '1', theme: { accent: 'red; background: uRl(//x.example/p)' } }, [{ path: 'theme.accent', message: expect.stringMatching(/^must match /) }]],
  ['a theme value that fetches, spelled with a CSS escape', { revision: '1', theme: { accent: 'u\\72l(//x.example/p)' } }, [{ path: 'theme.accent', message: expect.stringMatching(/^must match /) }]],
  ['a theme value with image-set', { revision: '1', theme: { bg: 'image-set("a.png" 1x)' } }, [{ path: 'theme.bg', message: expect.stringMatching(/^must match /) }]],
  ['a theme value with @import', { revision: '1', theme: { font: '@import "x.css"' } }, [{ path: 'theme.font', message: expect.stringMatching(/^must match /) }]],
  ['a theme value with expression()', { revision: '1', theme: { width: 'expression(alert(1))' } }, [{ path: 'theme.width', message: expect.stringMatching(/^must match /) }]],
  ['a cookie path that adds attributes', { revision: '1', storage: { path: '/; Max-Age=99999999' } }, [{ path: 'storage.path', message: expect.stringMatching(/^must match /) }]],
  ['a cookie domain that adds attributes', { revision: '1', storage: { domain: 'example.com; Secure' } }, [{ path: 'storage.domain', message: expect.stringMatching(/^must match /) }]],
  ['a cookie path with a control character', { revision: '1', storage: { path: '/\n' } }, [{ path: 'storage.path', message: expect.stringMatching(/^must match /) }]],
  ['a list where an object belongs', { revision: '1', storage: [] }, [{ path: 'storage', message: 'expected object, received array' }]],
  ['a category named like an Object built-in, without label', { revision: '1', categories: { toString: {} } }, [{ path: 'categories.toString.label', message: 'required' }]],
  ['an unknown field named like an Object built-in', { revision: '1', constructor: 1 }, [{ path: 'constructor', message: 'unknown field' }]],
  ['an unknown field named __proto__', JSON.parse('{"revision":"1","__proto__":1}'), [{ path: '__proto__', message: 'unknown field' }]],
  ['a service that is not an object', { revision: '1', services: ['clarity'] }, [{ path: 'services[0]', message: 'expected object, received string' }]],
  ['a service without vendor', { revision: '1', services: [{ id: 'x', category: 'necessary' }] }, [{ path: 'services[0].vendor', message: 'expected one of "custom", "recorder"' }]],
  ['an unknown vendor', { revision: '1', services: [{ id: 'x', vendor: 'clarityy', category: 'necessary' }] }, [{ path: 'services[0].vendor', message: 'expected one of "custom", "recorder"' }]],
  ['a category id that is no identifier', { revision: '1', categories: { '1x': { label: 'A' } } }, [{ path: 'categories.1x', message: 'must match ^[A-Za-z][A-Za-z0-9_-]*$' }]],
  ['categories as a list', { revision: '1', categories: [] }, [{ path: 'categories', message: 'expected object, received array' }]],
  ['a category left undefined', { revision: '1', categories: { analytics: undefined } }, [{ path: 'categories.analytics', message: 'required' }]],
  ['storage max age NaN (from code, as JSON has none)', { revision: '1', storage: { maxAgeDays: NaN } }, [{ path: 'storage.maxAgeDays', message: 'expected number, received NaN' }]],
  ['storage max age Infinity', { revision: '1', storage: { maxAgeDays: Infinity } }, [{ path: 'storage.maxAgeDays', message: 'expected number, received Infinity' }]],
];

/**
 * The keywords `check()` in validate.ts reads. A keyword of the generated schema outside this list would
 * be ignored in the browser, which would then accept what zod refuses: teach validate.ts first.
 */
const INTERPRETED = ['type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'oneOf', 'anyOf', 'enum', 'pattern', 'minLength', 'exclusiveMinimum', 'maximum'];

/** Each keyword of `schema` or a subschema that `check()` would ignore, as a JSON pointer. */
function uninterpreted(schema: JsonSchema, at: string): string[] {
  const { properties = {}, additionalProperties, propertyNames, items, oneOf = [], anyOf = [] } = schema;
  const subschemas: [unknown, string][] = [
    ...Object.entries(properties).map(([key, child]): [unknown, string] => [child, `${at}/properties/${key}`]),
    [additionalProperties, `${at}/additionalProperties`],
    [propertyNames, `${at}/propertyNames`],
    [items, `${at}/items`],
    ...anyOf.map((branch, index): [unknown, string] => [branch, `${at}/anyOf/${index}`]),
    ...oneOf.map((branch, index): [unknown, string] => {
      // `const` is read in one place only: as the `vendor` discriminator of each services branch.
      const { const: _discriminator, ...vendor } = branch.properties?.vendor ?? {};
      return [{ ...branch, properties: { ...branch.properties, vendor } }, `${at}/oneOf/${index}`];
    }),
  ];
  return [
    ...Object.keys(schema).filter((keyword) => !INTERPRETED.includes(keyword)).map((keyword) => `${at}/${keyword}`),
    ...subschemas.flatMap(([child, path]) => (typeof child === 'object' && child ? uninterpreted(child as JsonSchema, path) : [])),
  ];
}

describe('config validation', () => {
  it('accepts a realistic config and applies the defaults', () => {
    const config = loadConfig(siteConfig(), [vendor], window as BrowserWindow);
    expect(config.storage).toEqual({ type: 'localStorage', name: 'consentry', path: '/', sameSite: 'Lax', maxAgeDays: 182 });
    expect(config.regime).toBe('opt-in');
    expect(config.categories.marketing!.sharing).toBe(true);
    expect(config.categories.analytics!.sharing).toBe(false);
  });

  it('accepts categories and texts named like Object built-ins, as zod does', () => {
    const config = siteConfig({ categories: { toString: { label: 'T' }, valueOf: { label: 'V' } }, services: [], texts: { en: { toString: 'x', valueOf: 'y' } } });
    expect(browserIssues(config)).toEqual([]);
    expect(checkConfig(createConfigSchema([recorderSchema]), config)).toEqual([]);
  });

  it('accepts http(s) and relative privacy policy links and theme values that fetch nothing', () => {
    for (const privacyPolicyUrl of ['/privacy', 'https://example.com/privacy', 'http://example.com/p', 'privacy.html', '../legal/privacy', '?page=privacy', '#privacy', '//example.com/privacy']) {
      expect(browserIssues(siteConfig({ privacyPolicyUrl })), privacyPolicyUrl).toEqual([]);
    }
    const theme = { accent: '#0a7', radius: '12px', font: '"Inter", system-ui, sans-serif', shadow: '0 1px 2px rgb(0 0 0 / 0.2)', mix: 'color-mix(in oklch, var(--x) 40%, white)' };
    expect(browserIssues(siteConfig({ theme, language: 'pt-BR' }))).toEqual([]);
    expect(checkConfig(createConfigSchema([recorderSchema]), siteConfig({ theme, services: [] }))).toEqual([]);
  });

  it.each(badConfigs)('names the bad field: %s', (_, config, expected) => {
    expect(browserIssues(config)).toEqual(expected);
  });

  it.each(badConfigs)('reports what the zod schema reports: %s', (_, config, expected) => {
    expect(checkConfig(createConfigSchema([recorderSchema]), config)).toEqual(expected);
  });

  it('reports every bad field at once', () => {
    expect(browserIssues({ regime: 'x', storage: { type: 'disk' } }).map((issue) => issue.path)).toEqual(['revision', 'regime', 'storage.type']);
  });

  it.each([
    ['a service in an undeclared category', { services: [{ id: 's', vendor: 'custom', category: 'ads' }] }, 'services[0].category', 'unknown category "ads"'],
    ['two services with one id', { categories: { a: { label: 'A' } }, services: [{ id: 's', vendor: 'custom', category: 'a' }, { id: 's', vendor: 'custom', category: 'a' }] }, 'services[1].id', '"s" is already a category or service id'],
    ['a service named like a category', { categories: { a: { label: 'A' } }, services: [{ id: 'a', vendor: 'custom', category: 'a' }] }, 'services[0].id', '"a" is already a category or service id'],
    ['a service named like the built-in necessary category', { services: [{ id: 'necessary', vendor: 'custom', category: 'necessary' }] }, 'services[0].id', '"necessary" is already a category or service id'],
    ['a declared necessary category', { categories: { necessary: { label: 'N' } } }, 'categories.necessary', 'is built in and always granted; remove it'],
  ])('checks references: %s', (_, fields, path, message) => {
    expect(browserIssues({ revision: '1', ...fields })).toEqual([{ path, message }]);
  });

  it('throws one error whose message lists each field, for the console', () => {
    expect(() => loadConfig({ services: [{}] }, [], window as BrowserWindow)).toThrowError(
      /^Consentry: invalid config\n- revision: required\n- services\[0\]\.vendor: expected one of "custom"$/,
    );
  });

  it.each([
    ['core', coreSchema],
    ['with every vendor integration', withVendors],
  ])('the generated JSON Schema (%s) uses only keywords the browser validator implements', (_, schema) => {
    // `$schema` only names the draft, for editors.
    const { $schema, ...rules } = schema as JsonSchema;
    expect($schema).toBeTypeOf('string');
    expect(uninterpreted(rules, '')).toEqual([]);
    // What the walk would catch: a length limit, or a `const` that is no vendor discriminator.
    const future: JsonSchema = { oneOf: [{ properties: { vendor: { const: 'x' }, id: { type: 'string', maxLength: 9 }, mode: { const: 1 } } }] };
    expect(uninterpreted(future, '')).toEqual(['/oneOf/0/properties/id/maxLength', '/oneOf/0/properties/mode/const']);
  });

  it('rejects what is not an object at all', () => {
    expect(browserIssues('revision: 1')).toEqual([{ path: '', message: 'expected object, received string' }]);
    expect(browserIssues(null)).toEqual([{ path: '', message: 'expected object, received null' }]);
  });
});
