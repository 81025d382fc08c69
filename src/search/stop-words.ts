/**
 * Ordinary words per language that say little about which module a query is about: they count lightly
 * and are never highlighted. Only English and the page's language are loaded, one small file each.
 */

const sets = new Map<string, Set<string>>();
const loading = new Map<string, Promise<void>>();

/** Primary language subtag of a locale (`zh-TW` → `zh`). */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0] ?? '';

/** Loads the ordinary words of English and of the locale's language, once. */
export function loadStopWords(locale: string): Promise<void> {
  const load = (lang: string) => {
    let p = loading.get(lang);
    if (!p) {
      p = import(`./stop-words/${lang}.ts`)
        .then((m: { default: string }) => void sets.set(lang, new Set(m.default.split(' '))))
        .catch(() => void sets.set(lang, new Set()));
      loading.set(lang, p);
    }
    return p;
  };
  return Promise.all([load('en'), load(languageOf(locale))]).then(() => undefined);
}

/** Returns true when `word` (lowercase) is an ordinary word of English or of the locale's language (once loaded). */
export function isStopWord(word: string, locale: string): boolean {
  return !!(sets.get('en')?.has(word) || sets.get(languageOf(locale))?.has(word));
}
