/**
 * Ordinary words per language that say little about which module a query is about: they count lightly
 * and are never highlighted. Only the page's locale's and, for a query with Latin letters, English's are loaded,
 * one small file each, found by the naming rule of a locale's search files: `src/search/stop-words/<locale code>.ts`
 * (and `en.ts`).
 */

/** The stop-word files, loaded on demand; a unit test requires one for every declared locale. */
const files = import.meta.glob<{ default: string }>('./stop-words/*.ts');

const sets = new Map<string, Set<string>>();
const loading = new Map<string, Promise<void>>();

/**
 * Loads the ordinary words of the locale and of English, once each; English's only when `query` (the text whose
 * words are to be judged, when given) has Latin letters. A locale without a file is a build defect.
 */
export function loadStopWords(locale: string, query?: string): Promise<void> {
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
  const english = query === undefined || /[a-z]/i.test(query);
  return Promise.all([...(english ? [load('en')] : []), load(locale)]).then(() => undefined);
}

/** Returns true when `word` (lowercase) is an ordinary word of English or of the locale (once loaded). */
export function isStopWord(word: string, locale: string): boolean {
  return !!(sets.get('en')?.has(word) || sets.get(locale)?.has(word));
}
