/**
 * Cuts a reader's query into the words ranking looks up, the same way the index was cut, and says
 * what each word is: an ordinary word, a token (port, command, file, id) or a word typos can hit.
 */
import { isStopWord } from './stop-words.ts';
import { normalizeQuery, spaceCjkWords } from './text.ts';

/** One word of a query, lowercase. */
export type QueryWord = {
  text: string;
  /** An ordinary word of the language: weighs little and is never highlighted. */
  stop: boolean;
  /** Language-neutral: a port, command, file name, trace filter or Latin word in a CJK or Korean query. */
  token: boolean;
  /** Latin letters only, long enough to be corrected when it matches nothing. */
  typo: boolean;
};

/** Longest query text looked at: a pasted log or a whole ticket says what it is about early. */
export const maxQueryLength = 300;
const maxWords = 16;

const latin = /[\p{Script=Latin}\p{N}]/u;
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Puts a space where Latin letters or digits meet CJK or Hangul (`workflowが` → `workflow が`). */
export function spaceScripts(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && ((latin.test(prev) && otherScript.test(ch)) || (otherScript.test(prev) && latin.test(ch)))) out += ' ';
    out += ch;
    prev = ch;
  }
  return out;
}

/** Removes what no index holds: markup characters, symbols, emoji, punctuation around words. */
export function cleanQuery(query: string): string {
  return query
    .slice(0, maxQueryLength)
    .replace(/[^\p{L}\p{M}\p{N}_@:./\-*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns the distinct words of a query for an index of `locale`, at most sixteen. */
export function queryWords(query: string, locale: string): QueryWord[] {
  const normalized = normalizeQuery(spaceScripts(cleanQuery(query)));
  const cjkLocale = /^(ja|zh|ko)/i.test(locale);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const raw of spaceCjkWords(normalized).toLowerCase().split(' ')) {
    // Token parts count too (`mta_debug@<instance>` → `mta`, `tracking-siffrorna` → `tracking`):
    // indexed text is split at `_`, `@` and `-`.
    const whole = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const parts = /[_@-]/.test(whole) ? [whole, ...whole.split(/[_@-]+/).filter((p) => p.length > 1)] : [whole];
    for (const text of parts) {
      // One kana or Hangul syllable is a particle or an ending: it matches everything and says nothing.
      if (!text || seen.has(text) || /^[\p{Script=Hiragana}\p{Script=Hangul}ー]$/u.test(text)) continue;
      seen.add(text);
      const plainLatin = /^[\p{Script=Latin}]+$/u.test(text);
      out.push({
        text,
        // Hiragana alone is grammar (endings, particles, auxiliaries): Japanese content words are written in
        // kanji or katakana.
        stop: isStopWord(text, locale) || /^[\p{Script=Hiragana}ー]+$/u.test(text),
        token: /[\p{N}_@:./-]/u.test(text) || (cjkLocale && plainLatin),
        typo: plainLatin && text.length >= 4,
      });
    }
  }
  return out.slice(0, maxWords);
}

/** Removes spaces and punctuation, lowercases: two texts compare equal however they were spaced. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Returns true when `token` occurs in `text` as a whole word (not inside a longer word). */
export function hasWholeWord(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
