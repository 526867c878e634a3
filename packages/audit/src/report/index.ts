export { exitCode } from './exit-code';
export { formatJunit } from './junit';
export { formatMarkdown } from './markdown';
export { formatSummary } from './summary';
