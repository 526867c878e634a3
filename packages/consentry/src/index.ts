export { createConsentry, type ConsentryWithUi } from './consentry';
export { createHeadless, type HeadlessOptions } from './create';
export { ConsentryConfigError } from '@consentry/core';
export type * from '@consentry/core';
