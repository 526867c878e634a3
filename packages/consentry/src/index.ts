export { createHeadless } from './create';
export type * from '@consentry/core';
