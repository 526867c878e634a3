import { builtIn, builtInTexts, type Texts } from './texts';

/** Scripts written right to left, by primary language subtag. */
const RTL = /^(ar|dv|fa|he|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

export interface Locale {
  lang: string;
  dir: 'ltr' | 'rtl';
  texts: Texts;
}

/** The first of `tags` that `available` has, by exact tag, else by primary subtag (`de-AT` gets `de`). */
function firstAvailable(tags: readonly (string | undefined)[], available: string[]): string | undefined {
  for (const tag of tags) {
    if (!tag) continue;
    const wanted = tag.toLowerCase();
    const base = wanted.split('-')[0];
    const match =
      available.find((lang) => lang.toLowerCase() === wanted) ??
      available.find((lang) => lang.toLowerCase().split('-')[0] === base);
    if (match) return match;
  }
  return undefined;
}

/**
 * Picks the language from the config's `language`, then `<html lang>`, then `navigator.languages`, among
 * the built-in languages and those the config brings texts for; English when none matches. Config texts
 * replace built-in ones key by key, and a language only the config knows falls back to English per key.
 */
export function resolveLocale(config: { language?: string; texts: Record<string, Record<string, string>> }): Locale {
  const available = [...Object.keys(builtInTexts), ...Object.keys(config.texts)];
  // navigator.languages only when neither names an available language: its first read is slow.
  const lang =
    firstAvailable([config.language, document.documentElement.lang], available) ??
    firstAvailable(navigator.languages ?? [], available) ??
    'en';
  const overrides = Object.entries(config.texts).filter(([tag]) => tag.toLowerCase() === lang.toLowerCase());
  const texts = Object.assign(builtIn('en'), builtIn(lang), ...overrides.map(([, table]) => table)) as Texts;
  return { lang, dir: RTL.test(lang) ? 'rtl' : 'ltr', texts };
}
