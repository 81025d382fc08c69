/**
 * Tells which other locales' module indexes a query needs, so that a reader's search loads their own
 * locale's index only, and another language's when the query is in it: when it holds letters of a script
 * the reader's language does not write (Hangul on the Japanese site), when a word matched nothing in the
 * reader's index but as a stand-in (a Swedish word on the Dutch site), or when it found nothing at all.
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
 * What the reader's own index made of a query: its entries, and the words it matched only by a stand-in or
 * not at all.
 */
export type OwnResult = { entries: readonly unknown[]; unmatched: readonly string[] };

/** Returns the other locales whose module index a query needs, none when the reader's own index answers it. */
export function otherLanguages(query: string, locale: LocaleCode, own: OwnResult): LocaleCode[] {
  const others = locales.map((l) => l.code).filter((c) => c !== locale);
  if (own.entries.length === 0) return others;
  const ownScripts = writes(localeByCode(locale).script);
  const needed = new Set<LocaleCode>();
  // Letters of a script the reader's language does not write: the languages that write it (Latin letters are
  // often English tokens, `nlserver` or `Start pending`: they count only in a word left unmatched).
  const scripts = scriptsOf(query);
  // Kana tells Japanese: its Han characters are Japanese too, not Chinese.
  if (scripts.has('kana')) scripts.delete('han');
  for (const script of scripts) {
    if (script === 'latin' || ownScripts.includes(script)) continue;
    for (const l of locales) if (l.code !== locale && writes(l.script).includes(script)) needed.add(l.code);
  }
  for (const word of own.unmatched) for (const l of writersOf(word, locale)) needed.add(l);
  return others.filter((c) => needed.has(c));
}
