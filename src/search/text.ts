/**
 * Text normalisation shared by the search index (build time, Node) and the search box (browser),
 * so that both sides cut words the same way. Pagefind tokenises each index with the rules of its
 * language: a Swedish index splits on spaces only, so Japanese or Chinese text in it would be one
 * long "word". We therefore put spaces between CJK words ourselves, with `Intl.Segmenter`, which
 * uses the same ICU dictionary in Node and in browsers, on both sides.
 */

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/gu;
const hangulWord = /^[\p{Script=Hangul}]+$/u;

/** Returns true when the text contains Han, Hiragana or Katakana characters. */
export function hasCjk(text: string): boolean {
  return cjk.test(text);
}

let segmenter: Intl.Segmenter | undefined;

/** Puts a space between the words of every CJK run (`メールが送信されない` → `メール が 送信 され ない`). */
export function spaceCjkWords(text: string): string {
  // ICU segments Han and kana with its dictionary whatever the locale asked for: the root locale gives the
  // same words as Japanese on every string of the content (checked), without naming a site locale here.
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return text.replace(cjkRun, (run) =>
    [...segmenter!.segment(run)]
      .map((s) => s.segment)
      .join(' ')
      .trim(),
  );
}

/** Private-use characters that stand for `<mark>` and `</mark>` while an excerpt is processed. */
export const markOpen = '\uE000';
export const markClose = '\uE001';

/**
 * Removes the spaces `spaceCjkWords` put between CJK characters, for display; mark placeholders
 * between the characters are kept in place.
 */
export function joinCjkWords(text: string): string {
  const c = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆、。，）」]';
  const o = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆、。，（「]';
  return text.replace(new RegExp(`(${c})([\\uE000\\uE001]*) +([\\uE000\\uE001]*)(?=${o})`, 'gu'), '$1$2$3');
}

// Korean particles and endings that follow a noun without a space (메일이, 서버에서, 로그를).
// Longest first, so that 에서 is removed before 서.
const particles = [
  '에서는',
  '에서',
  '으로',
  '까지',
  '부터',
  '이나',
  '에게',
  '처럼',
  '이',
  '가',
  '을',
  '를',
  '은',
  '는',
  '에',
  '의',
  '도',
  '로',
  '와',
  '과',
  '만',
  '나',
];

/**
 * Strips a trailing Korean particle from a word (`메일이` → `메일`). Pagefind matches Korean by
 * prefix, so the bare noun then finds every inflected form in the index. Words of two syllables
 * or fewer are kept whole: in them the last syllable is more often part of the noun (서버 keeps 버).
 */
export function stripKoreanParticle(word: string): string {
  if (!hangulWord.test(word) || word.length <= 2) return word;
  for (const p of particles) {
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  }
  return word;
}

/**
 * The language Pagefind indexes every record as: one index holds the five languages, so that a
 * reader's first search loads one index, one wasm and one word list whatever language is typed.
 * A language without a stemmer: words match as written and by prefix in every language alike.
 */
export const indexLanguage = 'unknown';

/**
 * Prepares a reader's query for the index: CJK words are spaced unless the index is itself Chinese
 * or Japanese (Pagefind segments those), and Korean particles are stripped everywhere.
 */
export function normalizeQuery(query: string, language: string = indexLanguage): string {
  const trimmed = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cjkIndex = /^(ja|zh)/i.test(language);
  const spaced = !cjkIndex && hasCjk(trimmed) ? spaceCjkWords(trimmed) : trimmed;
  return spaced
    .split(' ')
    .map((w) => stripKoreanParticle(w))
    .join(' ');
}

/**
 * Prepares indexed text for an index of `language`: CJK text is spaced for non-CJK indexes.
 * Korean needs nothing here: Pagefind matches by prefix, so the stripped query word finds it.
 */
export function prepareIndexText(text: string, language: string = indexLanguage): string {
  return !/^(ja|zh)/i.test(language) && hasCjk(text) ? spaceCjkWords(text) : text;
}
