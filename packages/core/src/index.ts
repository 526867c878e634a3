export { createConsentry } from './create';
export { readConsent } from './read';
export { ConsentryConfigError } from './config/error';
export { schemaWithVendors } from './config/load';
export { validate, formatPath } from './config/validate';
export { checkReferences } from './config/references';
export { serviceFootprint } from './services/runner';
export { cookieDomains, deleteCookies, deleteStorageKeys } from './withdrawal/cleanup';
export type * from './types';
