// The product words readers type (src/search/vocabulary.ts): read with the vocabulary of the reader's locale, or
// of the language whose letters a word has.
import { describe, expect, test } from 'vitest';
import { loadVocabulary, localTerm, ownerOf } from '../../../src/search/vocabulary.ts';

describe('product words', () => {
  test('a word of the reader’s locale stands for the locale’s term and names its module', async () => {
    await loadVocabulary('ko', '익스포트 파일');
    expect(localTerm('익스포트', 'ko')).toBe('내보내기');
    expect(ownerOf('익스포트', 'ko')).toBe('export');
  });

  test('a Korean loanword typed on the Swedish site is read as Korean: the Korean term, the module it names', async () => {
    await loadVocabulary('sv', '익스포트 파일 생성 안 됨');
    expect(localTerm('익스포트', 'sv')).toBe('내보내기');
    expect(ownerOf('익스포트', 'sv')).toBe('export');
    // A Latin word on the same site is still the reader's: an English product word gets the Swedish term.
    expect(ownerOf('workflow', 'sv')).toBe('wfserver');
  });

  test('a word of no vocabulary names no module and has no term', async () => {
    await loadVocabulary('nl', 'zomaar');
    expect(localTerm('zomaar', 'nl')).toBeUndefined();
    expect(ownerOf('zomaar', 'nl')).toBeUndefined();
  });
  test("reads an English word's inflected forms as the word, and as the locale's term for it", async () => {
    await loadVocabulary('sv');
    await loadVocabulary('ja');
    expect(localTerm('sent', 'sv')).toBe('skick');
    // The word the content writes, not a colloquial one it never uses (`mejl`).
    expect(localTerm('mails', 'sv')).toBe('e-post');
    expect(localTerm('stopped', 'sv')).toBe(localTerm('stop', 'sv'));
    expect(localTerm('retries', 'ja')).toBe(localTerm('retry', 'ja'));
    expect(ownerOf('exported', 'sv')).toBe('export');
    expect(ownerOf('bounced', 'ja')).toBe('inmail');
    // `logged` (in) is no log; a child process is its module's.
    expect(ownerOf('logged', 'sv')).toBeUndefined();
    expect(ownerOf('mtachild', 'ko')).toBe('mta');
  });
});
