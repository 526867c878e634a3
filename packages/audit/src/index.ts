export { audit } from './audit';
export { parseAuditConfig } from './audit-config/load';
export { CHECK_IDS, type CheckId } from './checks/catalogue';
export { exitCode, formatJunit, formatMarkdown, formatSummary } from './report';
export { AuditSetupError } from './types';
export type * from './types';
