export { createHeadless } from './create';
