/**
 * Rule `search-files`: every published locale has its search files, named by the locale code —
 * `src/search/stop-words/<code>.ts` (its ordinary words) and `src/search/vocabulary/<code>.ts` (its words for
 * the English product words). Without them the search box fails for that locale, so adding a locale to
 * `src/locales.ts` lists them with the other missing pieces.
 */
import { localeCodes } from '../../../src/locales.ts';
import type { LintContentRule } from './rule.ts';

/** What each file holds, for the fix. */
const kinds = {
  'stop-words': "the locale's ordinary words, one string separated by spaces (copy src/search/stop-words/sv.ts)",
  vocabulary: "the locale's words for each English product word (copy src/search/vocabulary/sv.ts)",
} as const;

/** Reports each locale of `src/locales.ts` whose stop words or vocabulary file is missing. */
export const searchFiles: LintContentRule = {
  name: 'search-files',
  target: 'content',
  check({ searchFiles: present }) {
    // A partial content tree (unit tests) has no search files at all: nothing to compare.
    if (present.size === 0) return [];
    return localeCodes.flatMap((locale) =>
      (Object.keys(kinds) as (keyof typeof kinds)[])
        .filter((kind) => !present.has(`${kind}/${locale}`))
        .map((kind) => ({
          file: `src/search/${kind}/${locale}.ts`,
          line: 1,
          entry: '-',
          field: '-',
          locale,
          severity: 'error' as const,
          message: 'the file is missing',
          fix: `write ${kinds[kind]}`,
        })),
    );
  },
};
