/**
 * Where the search index lives and which parts of it a query needs. Each locale has a page bundle
 * (its pages and full module records) and a module bundle (short records: symptoms and label). A
 * reader's search runs on their page bundle and merges the module bundles of the other languages
 * the query can be written in, judged by its script: adding a locale adds two bundles of one
 * language's records, and a first search loads only the languages it can match.
 */
import { localeByCode, localeCodes, type LocaleCode } from '../locales.ts';

/** The folder of a locale's page bundle (pages and full module records): `/pagefind/pages-sv/`. */
export function pagesBundle(locale: LocaleCode): string {
  return `/pagefind/pages-${localeByCode(locale).path}/`;
}

/** The folder of a language's short module records, for other locales' readers: `/pagefind/modules-sv/`. */
export function modulesBundle(locale: LocaleCode): string {
  return `/pagefind/modules-${localeByCode(locale).path}/`;
}

/** Pagefind's name of a locale's page index (the lowercased `<html lang>`: zh-TW → zh-tw). */
export function indexLanguage(locale: LocaleCode): string {
  return locale.toLowerCase();
}

/**
 * The language a module bundle is indexed in. Merged bundles are searched with the reader's
 * stemmer, so Swedish or Dutch records stemmed their own way would miss (`verzending` indexed as
 * `verzend`): they are indexed unstemmed (`und`, no stemmer), and any stem of a query word is a
 * prefix Pagefind matches. Chinese and Japanese keep their own segmentation.
 */
export function modulesLanguage(locale: LocaleCode): string {
  return /^(ja|zh)/.test(locale) ? indexLanguage(locale) : 'und';
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
 * Returns the other languages whose module bundles a query is searched in: every language written
 * in a script the query uses (the reader's own records are in their page bundle).
 */
export function queryLanguages(query: string, reader: LocaleCode): LocaleCode[] {
  return localeCodes.filter((l) => l !== reader && scripts[l].test(query));
}
