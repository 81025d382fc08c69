import { describe, expect, test } from 'vitest';
import { otherLanguages } from '../../../src/search/languages.ts';

const found = { entries: [{}], unmatched: [] };

describe('otherLanguages()', () => {
  test('needs none when the reader’s own index answered every word', () => {
    expect(otherLanguages('メールが送信されない', 'ja', found)).toEqual([]);
    expect(otherLanguages('nlserver stop mta@prod', 'ko', found)).toEqual([]);
    // Latin letters on a CJK site are tokens and English words first: matched, they load nothing.
    expect(otherLanguages('Start pending のまま', 'ja', found)).toEqual([]);
  });

  test('needs the languages that write a script the reader’s language does not', () => {
    expect(otherLanguages('메일이 발송되지 않음', 'sv', found)).toEqual(['ko']);
    expect(otherLanguages('メールが送信されない', 'nl', found)).toEqual(['ja']);
    // Han characters are written by Chinese and Japanese.
    expect(otherLanguages('郵件', 'ko', found)).toEqual(['zh-TW', 'ja']);
    expect(otherLanguages('郵件', 'ja', found)).toEqual([]);
  });

  test('needs the languages that write a word the reader’s index matched only by a stand-in', () => {
    expect(otherLanguages('loggraderna försvinner', 'nl', { entries: [{}], unmatched: ['försvinner'] })).toEqual([
      'sv',
    ]);
    expect(otherLanguages('mails worden niet verzonden', 'sv', { entries: [{}], unmatched: ['verzonden'] })).toEqual([
      'nl',
    ]);
    expect(otherLanguages('verzonden', 'ja', { entries: [{}], unmatched: ['verzonden'] })).toEqual(['sv', 'nl']);
  });

  test('needs every other language when the reader’s index found nothing', () => {
    expect(otherLanguages('zzz', 'sv', { entries: [], unmatched: ['zzz'] })).toEqual(['zh-TW', 'ja', 'ko', 'nl']);
  });
});
