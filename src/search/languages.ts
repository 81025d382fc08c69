/**
 * Tells which other locales' module indexes a query needs, so that a reader's search loads their own
 * locale's index only, and another language's when the query is in it: when it holds letters of a script
 * the reader's language does not write (Hangul on the Japanese site), when a word matched nothing in the
 * reader's index but as a stand-in (a Swedish word on the Dutch site), or when it found nothing at all (then
 * the languages that write the query, not every language).
 */
import { localeByCode, locales, type LocaleCode, type Script } from '../locales.ts';

/** The scripts a locale writes: Japanese writes Han characters too. */
const writes = (script: Script): Script[] => (script === 'kana' ? ['kana', 'han'] : [script]);

/** The script of each letter of a text (digits and punctuation have none). */
function scriptsOf(text: string): Set<Script> {
  const found = new Set<Script>();
  for (const ch of text) {
    if (/\p{Script=Hangul}/u.test(ch)) found.add('hangul');
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) found.add('kana');
    else if (/\p{Script=Han}/u.test(ch)) found.add('han');
    else if (/\p{Script=Latin}/u.test(ch)) found.add('latin');
  }
  // Kana tells Japanese: its Han characters are Japanese too, not Chinese.
  if (found.has('kana')) found.delete('han');
  return found;
}

/**
 * The locales other than `own` that write a word: a Latin word with letters of one language (`ö`) is that
 * language's.
 */
function writersOf(word: string, own: LocaleCode): LocaleCode[] {
  const scripts = scriptsOf(word);
  const writers = locales.filter((l) => l.code !== own && writes(l.script).some((s) => scripts.has(s))) as readonly {
    code: LocaleCode;
    letters?: string;
  }[];
  const marked = writers.filter((l) => l.letters && [...word].some((ch) => l.letters!.includes(ch)));
  return (marked.length > 0 ? marked : writers).map((l) => l.code);
}

/**
 * The locales other than `own` that write the letters of `text` which `own` does not write, Latin aside (a Latin
 * word on a Japanese page is mostly an English product word): Hangul on the Swedish site → Korean.
 */
export function foreignWriters(text: string, own: LocaleCode): LocaleCode[] {
  const ownScripts = writes(localeByCode(own).script);
  const scripts = [...scriptsOf(text)].filter((s) => s !== 'latin' && !ownScripts.includes(s));
  return locales.filter((l) => l.code !== own && writes(l.script).some((s) => scripts.includes(s))).map((l) => l.code);
}

/**
 * What the reader's own index made of a query: its entries, and the words it matched only by a stand-in or
 * not at all.
 */
export type OwnResult = { entries: readonly unknown[]; unmatched: readonly string[] };

/** Returns the other locales whose module index a query needs, none when the reader's own index answers it. */
export function otherLanguages(query: string, locale: LocaleCode, own: OwnResult): LocaleCode[] {
  const others = locales.map((l) => l.code).filter((c) => c !== locale);
  const ownScripts = writes(localeByCode(locale).script);
  const needed = new Set<LocaleCode>();
  // Letters of a script the reader's language does not write: the languages that write it (Latin letters are
  // often English tokens, `nlserver` or `Start pending`: they count only in a word left unmatched).
  for (const script of scriptsOf(query)) {
    if (script === 'latin' || ownScripts.includes(script)) continue;
    for (const l of locales) if (l.code !== locale && writes(l.script).includes(script)) needed.add(l.code);
  }
  // A query that found nothing needs the languages that write it (not all four: a Japanese query on the Swedish
  // site needs Japanese only).
  const words = own.entries.length === 0 ? query.split(/\s+/).filter(Boolean) : own.unmatched;
  for (const word of words) for (const l of writersOf(word, locale)) needed.add(l);
  return others.filter((c) => needed.has(c));
}
