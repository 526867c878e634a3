import { describe, expect, it } from 'vitest';
import { builtIn, builtInTexts, TEXT_KEYS } from './texts';

describe('built-in tables', () => {
  it('give every language every text, none of them empty', () => {
    for (const lang of Object.keys(builtInTexts)) {
      const texts = builtIn(lang);
      expect(Object.keys(texts), lang).toEqual([...TEXT_KEYS]);
      expect(Object.values(texts).every((text) => text.trim().length > 0), lang).toBe(true);
    }
  });
});
