// The naming rule of a locale's search files: every declared locale has its stop words and its vocabulary.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/locales.ts';
import { loadStopWords } from '../../../src/search/stop-words.ts';
import { loadVocabulary } from '../../../src/search/vocabulary.ts';

describe.each(locales)('the search files of $code', (locale) => {
  test('exist under the locale code, as the naming rule says', () => {
    for (const kind of ['stop-words', 'vocabulary'])
      expect(existsSync(`src/search/${kind}/${locale.code}.ts`), `src/search/${kind}/${locale.code}.ts`).toBe(true);
  });

  test('load', async () => {
    await expect(loadStopWords(locale.code)).resolves.toBeUndefined();
    await expect(loadVocabulary(locale.code)).resolves.toBeUndefined();
  });
});

describe('a locale without search files', () => {
  test('fails loudly, naming the file to add', async () => {
    expect(() => loadStopWords('fr')).toThrow('src/search/stop-words/fr.ts is missing');
    await expect(loadVocabulary('fr')).rejects.toThrow('src/search/vocabulary/fr.ts is missing');
  });
});
