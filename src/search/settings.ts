/**
 * The search box's settings, one typed object: written by `SearchForm.astro` into one `data-settings`
 * attribute (JSON) and read by `ui.ts`. The strings are the locale's raw templates (`{{count}}`, `{{query}}`,
 * `{{language}}`, `{{module}}`), filled in the browser.
 */
import { isLocaleCode, localeByCode, type LocaleCode } from '../locales.ts';

export type SearchSettings = {
  locale: LocaleCode;
  /** The locale's URL path segment, for the result links (`readerUrl`). */
  path: string;
  /** The search page, for "search as typed" links. */
  searchUrl: string;
  strings: {
    resultsOne: string;
    resultsOther: string;
    noResults: string;
    loading: string;
    error: string;
    matchedIn: string;
    showingFor: string;
    searchAsTyped: string;
    signOf: string;
  };
};

/** Reads the settings of a `<site-search>` element; throws naming what is missing (a build defect). */
export function readSettings(json: string | undefined): SearchSettings {
  const settings = JSON.parse(json ?? '{}') as Partial<SearchSettings>;
  if (!isLocaleCode(settings.locale) || !settings.strings || settings.path !== localeByCode(settings.locale).path)
    throw new Error(`<site-search data-settings>: incomplete settings ${json ?? '(none)'}`);
  return settings as SearchSettings;
}
