// The scoring rules of ranking, one by one: each rule's effect beside its weight.
import { describe, expect, test } from 'vitest';
import {
  adjacentPairs,
  namedModule,
  compoundOwner,
  meaningCoverage,
  quotedSign,
  quotesName,
  quotesSign,
  rarity,
  readerLanguage,
  weights,
  wholeQuery,
  wordMatch,
  wordWeight,
} from '../../../src/search/scoring.ts';
import type { Found } from '../../../src/search/types.ts';
import type { QueryWord } from '../../../src/search/words.ts';

const found = (n: number, page = false): Found[] =>
  Array.from({ length: n }, (_, i) => ({
    id: String(i),
    score: 1,
    ...(page ? { page } : {}),
    data: () => Promise.resolve({ url: '', content: '', excerpt: '', meta: {} }),
  }));
const word = (text: string, stop = false): QueryWord => ({ text, stop, token: false, typo: false });

describe('rarity()', () => {
  test('weighs a word held by few entry records more, page sections not counted', () => {
    expect(rarity(100, found(2))).toBeGreaterThan(rarity(100, found(50)));
    expect(rarity(100, [...found(2), ...found(40, true)])).toBe(rarity(100, found(2)));
  });
});

describe('wordWeight()', () => {
  test('makes an ordinary word and a stand-in weigh less than the word itself', () => {
    const full = wordWeight(100, found(5), word('logg'));
    expect(wordWeight(100, found(5), word('och', true))).toBeCloseTo(full * weights.stopWord);
    expect(wordWeight(100, found(5), word('logg'), weights.standIn)).toBeCloseTo(full * weights.standIn);
  });
});

describe('wordMatch()', () => {
  test('gives the best match the whole weight, the weakest at least the floor, and a sign less', () => {
    expect(wordMatch(2, 10, 10)).toBe(2);
    expect(wordMatch(2, 0, 10)).toBe(2 * weights.matchFloor);
    expect(wordMatch(2, 10, 10, { sign: true })).toBeCloseTo(2 * weights.signText);
    expect(wordMatch(2, 10, 10, { sign: true, meaning: true })).toBeCloseTo(2 * weights.meaningText);
  });
});

describe('meaningCoverage()', () => {
  test('weighs a meaning more for each further telling word it shares, never above the sign’s own text', () => {
    expect(meaningCoverage(1, 1)).toBe(1);
    expect(meaningCoverage(1, 2)).toBeGreaterThan(meaningCoverage(1, 1));
    expect(meaningCoverage(1, 3)).toBeGreaterThan(meaningCoverage(1, 2));
    // A match scored at meaningText, raised at most to signText.
    expect(meaningCoverage(weights.meaningText, 50)).toBeCloseTo(weights.signText);
    expect(meaningCoverage(1, 0)).toBe(1);
  });
});

describe('quotesName()', () => {
  test('tells a quoted option or table name from a quoted state or message', () => {
    expect(quotesName('publicId', 'Two MTAs use different publicId values')).toBe(true);
    expect(quotesName('NmsTracking_Pointer', 'nmstracking_pointer is stuck')).toBe(true);
    expect(quotesName('publicId', 'the public id differs')).toBe(false);
    // A state or a message is a sign's text, not a name: it ranks by its bonus, not as a token.
    expect(quotesName('Pending', 'delivery pending')).toBe(false);
    expect(quotesName('Finished with error', 'import finished with error')).toBe(false);
  });
});

describe('wholeQuery()', () => {
  test('gives a record matching every word a share of all the words’ rarities', () => {
    expect(wholeQuery([1, 3], 5, 5)).toBeCloseTo(4 * weights.wholeQuery);
    expect(wholeQuery([1, 3], 0, 5)).toBe(0);
  });
});

describe('readerLanguage()', () => {
  test('weighs a record in another language less', () => {
    expect(readerLanguage(10, true)).toBe(10);
    expect(readerLanguage(10, false)).toBe(10 * weights.otherLanguage);
  });
});

describe('adjacentPairs()', () => {
  test('adds the lighter weight of two telling words that are neighbours in the query and the record', () => {
    const w = new Map([
      ['ログ', 2],
      ['ファイル', 1],
    ]);
    expect(adjacentPairs([word('ログ'), word('ファイル')], w, 'ログファイル が 空')).toBe(1);
    expect(adjacentPairs([word('ファイル'), word('ログ')], w, 'ログファイル が 空')).toBe(0);
  });
});

describe('namedModule()', () => {
  test('adds the top weight for a module named by a product word, its label or its id in the query', () => {
    expect(namedModule('wfserver', 'x / y', new Set(['wfserver']), ' flow ', 3)).toBe(3 * weights.namedModule);
    expect(namedModule('import', '가져오기 / y', new Set(), ' 가져오기 오류 ', 3)).toBe(3);
    expect(namedModule('import', ' / y', new Set(), ' importjob import ', 3)).toBe(3);
    expect(namedModule('export', ' / y', new Set(), ' importjob import ', 3)).toBe(0);
  });
});

describe('compoundOwner()', () => {
  const ids = ['import', 'export', 'stat', 'tracking', 'trackinglogd'];
  test('names the module whose id of five letters or more begins a compound', () => {
    expect(compoundOwner('Importjobbet', ids)).toBe('import');
    expect(compoundOwner('exportbestand', ids)).toBe('export');
    expect(compoundOwner('trackingworkflow', ids)).toBe('tracking');
  });
  test('names none for a short word, a four-letter id, or a word closer to a longer id', () => {
    expect(compoundOwner('imports', ids)).toBeUndefined();
    expect(compoundOwner('statusrapport', ids)).toBeUndefined();
    expect(compoundOwner('trackinglogs', ids)).toBeUndefined();
    expect(compoundOwner('import_job', ids)).toBeUndefined();
  });
});

describe('quotesSign() and quotedSign()', () => {
  test('finds a sign’s English text in a pasted line, its placeholders standing for any text', () => {
    const seen = "Requested URL '/r/<parameters>' cannot be found";
    expect(quotesSign(seen, "[10:14] ERROR Requested URL '/r/aBc?id=1' cannot be found (404)")).toBe(true);
    expect(quotesSign(seen, 'requested url cannot')).toBe(false);
    expect(quotesSign('Pending', 'delivery pending')).toBe(true);
  });

  test('gives a longer quoted text more than a one-word state, and nothing to a text not quoted', () => {
    const long = quotedSign(
      "Requested URL '/r/<parameters>' cannot be found",
      "Requested URL '/r/x' cannot be found",
      1,
    );
    expect(long).toBe(weights.quotedSign);
    expect(quotedSign('Pending', 'delivery pending', 1)).toBeLessThan(long);
    expect(quotedSign('Paused', 'delivery pending', 1)).toBe(0);
  });
});
