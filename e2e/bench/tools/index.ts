import { consentry } from './consentry';
import { cookieconsent } from './cookieconsent';
import { klaro } from './klaro';
import { orejime } from './orejime';
import { vanillaCookieconsent } from './vanilla-cookieconsent';

/**
 * Consentry and the peers. c15t is left out: its UI is React components only, and its core alone
 * (no banner) would not be a like-for-like comparison.
 */
export const tools = [consentry, vanillaCookieconsent, klaro, orejime, cookieconsent];
