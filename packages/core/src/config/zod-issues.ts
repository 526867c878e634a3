import type * as z from 'zod/mini';
import type { ConfigIssue } from '../types';
import { checkReferences } from './references';
import { formatPath, oneOfText, typeOf } from './validate';

/** zod's issues in the same words the browser validator uses, so both report a bad field alike. */
export function formatZodIssues(issues: z.core.$ZodIssue[]): ConfigIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path as (string | number)[]);
    switch (issue.code) {
      case 'invalid_type':
        // A zod record is a JSON Schema object, as the browser names it.
        if (issue.input === undefined) return { path, message: 'required' };
        return { path, message: `expected ${issue.expected === 'record' ? 'object' : issue.expected}, received ${typeOf(issue.input)}` };
      case 'unrecognized_keys':
        return { path: formatPath([...(issue.path as string[]), issue.keys[0]!]), message: 'unknown field' };
      case 'invalid_value':
        return { path, message: oneOfText(issue.values) };
      case 'invalid_union':
        // The one union is the services list, discriminated by `vendor`: zod's path already ends with it.
        return { path, message: 'options' in issue && issue.options ? oneOfText(issue.options) : issue.message };
      case 'invalid_key':
        // A record key that breaks its rule (a category id): the key's own problem, at the key.
        return { path, message: formatZodIssues(issue.issues)[0]!.message };
      case 'too_small':
        if (issue.origin !== 'string') return { path, message: `must be greater than ${issue.minimum}` };
        return { path, message: issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} long` };
      case 'too_big':
        return { path, message: `must be at most ${issue.maximum}` };
      case 'invalid_format':
        return { path, message: `must match ${String((issue as { pattern?: unknown }).pattern ?? issue.format).replace(/^\/(.*)\/$/, '$1')}` };
      default:
        return { path, message: issue.message };
    }
  });
}

/**
 * Checks a config with a zod schema (the `consentry check` CLI, build tooling): the same issues, in the
 * same words, as the browser reports. `reportInput` tells a missing field from one of the wrong type.
 */
export function checkConfig(schema: z.ZodMiniType, config: unknown): ConfigIssue[] {
  const result = schema.safeParse(config, { reportInput: true });
  return result.success ? checkReferences(config as Parameters<typeof checkReferences>[0]) : formatZodIssues(result.error.issues);
}
