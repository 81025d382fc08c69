/**
 * Where the search indexes live, for the build that writes them and the search box that loads them.
 * Each locale has its own bundle (`/pagefind/ja/`: Pagefind's code and the locale's modules, signs and page
 * sections), which is all a reader's search loads at first; and a small index of its module records alone
 * (`/pagefind/ja/modules/`), which another locale's reader merges in when a query is in this language.
 */
import { localeByCode, locales, type LocaleCode } from '../locales.ts';

/** The folder of every search bundle. */
export const searchRoot = '/pagefind/';

/** The bundle of a locale (`/pagefind/zh-tw/`): Pagefind's code and wasm, and the locale's whole index. */
export function localeIndexPath(locale: LocaleCode): string {
  return `${searchRoot}${localeByCode(locale).path}/`;
}

/** The module records of a locale alone (`/pagefind/zh-tw/modules/`), merged for cross-language queries. */
export function moduleIndexPath(locale: LocaleCode): string {
  return `${localeIndexPath(locale)}modules/`;
}

/** Every index folder of the site, for the servers' caching rules. */
export function indexFolders(): string[] {
  return locales.flatMap((l) => [localeIndexPath(l.code), moduleIndexPath(l.code)]);
}

/**
 * The module records as the build writes them (`src/pages/search-records.json.ts`), from the
 * collection Astro parsed and validated: the index step reads them from the built site, then
 * deletes the file, so the content is parsed once.
 */
export const searchRecordsFile = 'search-records.json';
