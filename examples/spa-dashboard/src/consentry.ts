import { createConsentry, type ConsentryConfig } from 'consentry';
import config from './consentry.config.json';

/** The one consent controller of the app, with its banner. Created at start-up, before the first render. */
// JSON imports widen literal types ("localStorage" becomes string); Consentry validates the config at start-up.
export const consentry = createConsentry(config as ConsentryConfig);
