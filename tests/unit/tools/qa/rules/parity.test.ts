import { describe, expect, test } from 'vitest';
import { emptyFacts, type LocatedFacts } from '../../../../../tools/qa/located-facts.ts';
import { compareLocales } from '../../../../../tools/qa/rules/parity.ts';

/** The facts of one text: code tokens and numbers, each on line 3. */
const facts = (code: string[], numbers: string[] = []): LocatedFacts => ({
  ...emptyFacts(),
  code: code.map((value) => ({ value, line: 3 })),
  numbers: numbers.map((value) => ({ value, line: 3 })),
});
const entry = (f: Partial<Record<'zh-TW' | 'ja' | 'sv' | 'ko' | 'nl', LocatedFacts>>) =>
  new Map(Object.entries(f).map(([l, x]) => [l as 'ja', { file: `f.${l}`, line: 1, facts: x }]));

describe('compareLocales()', () => {
  test('reports each locale that differs from what most locales have, naming those locales and the reference line', () => {
    const found = compareLocales(
      entry({
        'zh-TW': facts(['6666']),
        ja: facts(['6666']),
        sv: facts(['666']),
        ko: facts(['6666']),
        nl: facts(['6666']),
      }),
      'syslogd',
      'troubleshooting',
    );
    expect(found).toEqual([
      {
        file: 'f.sv',
        line: 3,
        entry: 'syslogd',
        field: 'troubleshooting',
        locale: 'sv',
        severity: 'error',
        message: 'code tokens differ from zh-TW, ja, ko, nl: has "666", lacks "6666" (zh-TW line 3)',
        fix: 'make the code tokens of every locale the same; only the words around them are translated',
      },
    ]);
  });

  test('compares facts as multisets, since word order differs between languages', () => {
    expect(compareLocales(entry({ ja: facts(['a', 'b'], ['10']), sv: facts(['b', 'a'], ['10']) }), 'x', 'y')).toEqual(
      [],
    );
  });

  test('takes the locale listed first as the reference on a tie', () => {
    const found = compareLocales(entry({ ja: facts(['a']), ko: facts(['b']) }), 'x', 'y');
    expect(found.map((f) => [f.locale, f.message])).toEqual([
      ['ko', 'code tokens differ from ja: has "b", lacks "a" (ja line 3)'],
    ]);
  });
});
