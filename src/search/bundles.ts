/**
 * Where the search index lives and which parts of it a query needs. Each language's module records
 * live once, in that language's module bundle; each locale's pages in its page bundle. A reader's
 * search runs on their locale's pages and merges the module bundles of the languages the query can
 * be written in, judged by its script: adding a locale adds one bundle of one language's records.
 */
import { localeByCode, localeCodes, type LocaleCode } from '../locales.ts';

/** The folder of a locale's page bundle: `/pagefind/pages-sv/`. */
export function pagesBundle(locale: LocaleCode): string {
  return `/pagefind/pages-${localeByCode(locale).path}/`;
}

/** The folder of a language's module records: `/pagefind/modules-sv/`. */
export function modulesBundle(locale: LocaleCode): string {
  return `/pagefind/modules-${localeByCode(locale).path}/`;
}

/** Pagefind's name of a language's index (the lowercased `<html lang>`: zh-TW → zh-tw). */
export function indexLanguage(locale: LocaleCode): string {
  return locale.toLowerCase();
}

/**
 * The letters each language is written in. Japanese shares Han characters with Chinese, and
 * Swedish and Dutch share Latin letters: a query in those scripts searches both languages.
 */
const scripts: Record<LocaleCode, RegExp> = {
  'zh-TW': /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  sv: /\p{Script=Latin}/u,
  ko: /\p{Script=Hangul}/u,
  nl: /\p{Script=Latin}/u,
};

/**
 * Returns the languages whose module records a query is searched in: the reader's own (module
 * ids, commands and ports are in every language's records) and every language written in a
 * script the query uses.
 */
export function queryLanguages(query: string, reader: LocaleCode): LocaleCode[] {
  return localeCodes.filter((l) => l === reader || scripts[l].test(query));
}
