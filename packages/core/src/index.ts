export { createConsentry } from './create';
export { readConsent, readConsentFromCookie } from './read';
export { ConsentryConfigError } from './config/error';
export { configIssues, schemaWithVendors } from './config/load';
export { formatPath } from './config/validate';
export { serviceFootprint } from './services/runner';
export { cookieDomains, deleteCookies, deleteStorageKeys } from './withdrawal/cleanup';
export type * from './types';
