import { describe, expect, test } from 'vitest';
import { colonInWord } from '../../../../../tools/qa/rules/colon-in-word.ts';

describe('the colon-in-word rule', () => {
  test('reports a word split by a colon in Latin-script prose, repaired without the colon', () => {
    expect(colonInWord.find('als bouncemails niet meer door:sturen.', { locale: 'nl', code: false })).toEqual([
      {
        index: 26,
        found: 'door:sturen',
        message: '"door:sturen" has a colon inside a word',
        fix: 'remove the colon (door:sturen → doorsturen)',
        replacement: 'doorsturen',
      },
    ]);
    expect(colonInWord.find('om e-post inte vidare:befordras', { locale: 'sv', code: false })).toHaveLength(1);
  });

  test('leaves prefixes, URLs, code and CJK text alone', () => {
    expect(colonInWord.find('xtk:session, https://exempel.se, nms:delivery', { locale: 'sv', code: false })).toEqual(
      [],
    );
    expect(colonInWord.find('door:sturen', { locale: 'nl', code: true })).toEqual([]);
    expect(colonInWord.find('ab:cd', { locale: 'ja', code: false })).toEqual([]);
  });
});
