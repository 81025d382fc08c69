/**
 * Ordinary words per language that say little about which module a query is about: they count lightly
 * and are never highlighted. Only English and the page's locale are loaded, one small file each, found by
 * the naming rule of a locale's search files: `src/search/stop-words/<locale code>.ts` (and `en.ts`).
 */

/** The stop-word files, loaded on demand; a unit test requires one for every declared locale. */
const files = import.meta.glob<{ default: string }>('./stop-words/*.ts');

const sets = new Map<string, Set<string>>();
const loading = new Map<string, Promise<void>>();

/** Loads the ordinary words of English and of the locale, once; a locale without a file is a build defect. */
export function loadStopWords(locale: string): Promise<void> {
  const load = (code: string) => {
    let p = loading.get(code);
    if (!p) {
      const file = files[`./stop-words/${code}.ts`];
      if (!file) throw new Error(`src/search/stop-words/${code}.ts is missing. Fix: add the locale's ordinary words.`);
      p = file().then((m) => void sets.set(code, new Set(m.default.split(' '))));
      loading.set(code, p);
    }
    return p;
  };
  return Promise.all([load('en'), load(locale)]).then(() => undefined);
}

/** Returns true when `word` (lowercase) is an ordinary word of English or of the locale (once loaded). */
export function isStopWord(word: string, locale: string): boolean {
  return !!(sets.get('en')?.has(word) || sets.get(locale)?.has(word));
}
