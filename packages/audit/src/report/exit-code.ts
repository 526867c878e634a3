import type { AuditReport } from '../types';

/** 0 when every check holds (warnings included), 1 when one fails. 2, could not run, is the CLI's. */
export const exitCode = (report: AuditReport) => (report.checks.some((check) => check.status === 'fail') ? 1 : 0);
