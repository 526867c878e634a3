import { readFile } from 'node:fs/promises';
import { formatPath } from '@consentry/core';
import type { AuditConfig } from '../types';
import { AuditSetupError } from '../types';
import { auditConfigSchema } from './schema';

/** Reads and parses a JSON file; a missing or broken one stops the audit before the browser starts. */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AuditSetupError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AuditSetupError(`${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}

/** Validates `consentry.audit.json`, naming each bad field by path (`zones[0].page: ...`). */
export function parseAuditConfig(input: unknown, source = 'consentry.audit.json'): AuditConfig {
  const result = auditConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${formatPath(issue.path as (string | number)[]) || '(root)'}: ${issue.message}`);
  throw new AuditSetupError(`${source} is invalid\n${lines.join('\n')}`);
}
