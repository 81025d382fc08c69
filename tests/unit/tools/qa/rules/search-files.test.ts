// The rule that every published locale has its stop words and vocabulary.
import { describe, expect, test } from 'vitest';
import { formatFinding } from '../../../../../src/content/finding.ts';
import { localeCodes } from '../../../../../src/locales.ts';
import { lintContent } from '../../../../../tools/qa/content-lint.ts';
import { termbases } from '../shipped.ts';

const present = (skip: string) =>
  localeCodes.flatMap((l) =>
    ['stop-words', 'vocabulary']
      .map((k) => `src/search/${k}/${l}.ts`)
      .filter((p) => p !== skip)
      .map((p): [string, string] => [p, '']),
  );
const lint = (skip: string) =>
  lintContent(new Map([...present(skip), ...termbases()]))
    .filter((f) => f.rule === 'search-files')
    .map(formatFinding);

describe('the search-files rule', () => {
  test('names a locale’s missing vocabulary file and what to write in it', () => {
    expect(lint('src/search/vocabulary/ko.ts')).toEqual([
      expect.stringMatching(
        /^src\/search\/vocabulary\/ko\.ts:1 {2}- {2}- {2}ko {2}error: the file is missing — write /,
      ),
    ]);
  });

  test('finds nothing when every locale has both files', () => {
    expect(lint('')).toEqual([]);
  });
});
