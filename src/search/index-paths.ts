/**
 * Where the search indexes live, for the build that writes them and the search box that loads them:
 * the module index shared by every locale, and one page index per locale merged into it.
 */
import { localeByCode, type LocaleCode } from '../locales.ts';

/** The module index (Pagefind's main bundle, with its code and wasm). */
export const moduleIndexPath = '/pagefind/';

/** The page index of a locale (`/pagefind/pages/zh-tw/`): its pages only, no code of its own. */
export function pagesIndexPath(locale: LocaleCode): string {
  return `${moduleIndexPath}pages/${localeByCode(locale).path}/`;
}

/**
 * The module records as the build writes them (`src/pages/search-records.json.ts`), from the
 * collection Astro parsed and validated: the index step reads them from the built site, then
 * deletes the file, so the content is parsed once.
 */
export const searchRecordsFile = 'search-records.json';
