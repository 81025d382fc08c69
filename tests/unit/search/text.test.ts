// The search text rules shared by the index and the search box: CJK spacing, Korean particles, query normalisation.
import { describe, expect, test } from 'vitest';
import {
  hasCjk,
  joinCjkWords,
  markClose,
  markOpen,
  normalizeQuery,
  prepareIndexText,
  spaceCjkWords,
  stripKoreanParticle,
} from '../../../src/search/text.ts';

describe('hasCjk()', () => {
  test('returns true for Han, Hiragana and Katakana, and false for Hangul and Latin', () => {
    expect(['郵件', 'めーる', 'メール'].map(hasCjk)).toEqual([true, true, true]);
    expect(['메일', 'mail'].map(hasCjk)).toEqual([false, false]);
  });
});

describe('spaceCjkWords()', () => {
  // Where ICU cuts the verb ending varies with its dictionary: the tests pin the nouns only.
  test('puts a space between the words of a Japanese run and leaves Latin text alone', () => {
    expect(spaceCjkWords('メールが送信されない')).toMatch(/^メール が 送信 /);
    expect(spaceCjkWords('nlserver pdump')).toBe('nlserver pdump');
  });

  test('is undone by joinCjkWords()', () => {
    for (const text of ['メールが送信されない', '郵件無法傳送', 'ポート6666を確認'])
      expect(joinCjkWords(spaceCjkWords(text))).toBe(text);
  });
});

describe('joinCjkWords()', () => {
  test('removes the spaces between CJK words and keeps mark placeholders in place', () => {
    expect(joinCjkWords('メール が 送信 され ない')).toBe('メールが送信されない');
    expect(joinCjkWords(`メール が ${markOpen}送信${markClose} され`)).toBe(`メールが${markOpen}送信${markClose}され`);
  });

  test('keeps the space between CJK and Latin words', () => {
    expect(joinCjkWords('ポート 6666 を 確認')).toBe('ポート 6666 を確認');
  });
});

describe('stripKoreanParticle()', () => {
  test('strips a trailing particle, longest first', () => {
    expect(stripKoreanParticle('메일이')).toBe('메일');
    expect(stripKoreanParticle('서버에서')).toBe('서버');
    expect(stripKoreanParticle('비밀번호를')).toBe('비밀번호');
  });

  test('keeps words of two syllables or fewer, and words that are not Hangul', () => {
    expect(stripKoreanParticle('서버')).toBe('서버');
    expect(stripKoreanParticle('mail이')).toBe('mail이');
  });
});

describe('normalizeQuery()', () => {
  test('spaces CJK words for the shared index by default, which does not segment them', () => {
    expect(normalizeQuery('メールが送信されない')).toBe(spaceCjkWords('メールが送信されない'));
    expect(prepareIndexText('郵件無法傳送')).toBe(spaceCjkWords('郵件無法傳送'));
  });

  test('collapses white space and strips Korean particles for every index', () => {
    expect(normalizeQuery('  메일이   안  가요 ', 'ko')).toBe('메일 안 가요');
    expect(normalizeQuery('메일이', 'sv')).toBe('메일');
  });

  test('spaces Japanese words for a non-CJK index, and leaves them to Pagefind for a Japanese or Chinese one', () => {
    expect(normalizeQuery('メールが送信されない', 'sv')).toBe(spaceCjkWords('メールが送信されない'));
    expect(normalizeQuery('メールが送信されない', 'ja')).toBe('メールが送信されない');
    expect(normalizeQuery('郵件無法傳送', 'zh-tw')).toBe('郵件無法傳送');
  });
});

describe('prepareIndexText()', () => {
  test('spaces CJK text only for indexes that do not segment it themselves', () => {
    expect(prepareIndexText('メールが送信されない', 'nl')).toBe(spaceCjkWords('メールが送信されない'));
    expect(prepareIndexText('メールが送信されない', 'ja')).toBe('メールが送信されない');
    expect(prepareIndexText('mail is not sent', 'nl')).toBe('mail is not sent');
  });
});
