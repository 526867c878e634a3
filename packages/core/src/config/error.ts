import type { ConfigIssue } from '../types';

/** Thrown by `createConsentry` for a config it cannot run safely; nothing has been loaded. */
export class ConsentryConfigError extends Error {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(`Consentry: invalid config\n${issues.map((issue) => `- ${issue.path || '(root)'}: ${issue.message}`).join('\n')}`);
    this.name = 'ConsentryConfigError';
    this.issues = issues;
  }
}
