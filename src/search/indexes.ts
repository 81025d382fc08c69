/**
 * Loads the search index in the browser, on first use: Pagefind (main thread, no worker) on the
 * reader's locale's pages, then the module bundles a query needs (`queryLanguages`), merged once
 * each. Merged bundles share the reader's wasm, so a cross-language search loads one wasm.
 */
import type { LocaleCode } from '../locales.ts';
import { modulesLanguage, modulesBundle, pagesBundle, queryLanguages } from './bundles.ts';

type PagefindSubResult = { title: string; url: string; excerpt: string; locations?: number[] };
type PagefindData = { url: string; excerpt: string; meta: Record<string, string>; sub_results?: PagefindSubResult[] };
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
};

type Results = Awaited<ReturnType<Pagefind['search']>>;

let engine: Promise<Pagefind> | undefined;
const merged = new Map<LocaleCode, Promise<void>>();
/** Raw Pagefind results by query, emptied whenever a bundle is merged. */
const cache = new Map<string, Promise<Results>>();

/** Loads Pagefind once, on the locale's pages. The URL is built at run time so that the bundler leaves it alone. */
function loadPagefind(locale: LocaleCode): Promise<Pagefind> {
  engine ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index is small: searching on the main thread avoids fetching and starting a worker.
    await pf.options({ noWorker: true, excerptLength: 24, basePath: pagesBundle(locale) });
    await pf.init();
    return pf;
  })();
  return engine;
}

/**
 * Searches the merged bundles as one index. Pagefind drops, per bundle, the query words that bundle
 * does not contain, so a Swedish query would match Dutch records on its one Dutch-looking word and
 * a Korean one every Latin record (score 0). As in a single index, a result here matches every
 * word found anywhere; words found nowhere are ignored; score-0 matches are dropped.
 */
async function searchAll(pf: Pagefind, query: string): Promise<Results> {
  const raw = (q: string) => {
    let found = cache.get(q);
    if (!found) {
      found = pf.search(q);
      cache.set(q, found);
    }
    return found;
  };
  const result = await raw(query);
  if (!result) return result;
  const scored = result.results.filter((r) => r.score > 0);
  const words = [...new Set(query.split(' ').filter(Boolean))];
  if (words.length < 2) return { ...result, results: scored };
  const sets = await Promise.all(
    words.map(async (w) => new Set(((await raw(w))?.results ?? []).filter((r) => r.score > 0).map((r) => r.id))),
  );
  const known = sets.filter((set) => set.size > 0);
  return { ...result, results: scored.filter((r) => known.every((set) => set.has(r.id))) };
}

/** Returns Pagefind ready to search `query` from `locale`'s pages: every module bundle it needs is merged. */
export async function searchEngine(query: string, locale: LocaleCode): Promise<Pagefind> {
  const pf = await loadPagefind(locale);
  await Promise.all(
    queryLanguages(query, locale).map((lang) => {
      let done = merged.get(lang);
      if (!done) {
        cache.clear();
        done = pf.mergeIndex(modulesBundle(lang), { language: modulesLanguage(lang), excerptLength: 24 });
        merged.set(lang, done);
      }
      return done;
    }),
  );
  return { ...pf, search: (q: string) => searchAll(pf, q) };
}

/** Returns the URL of a module's entry in the reader's table (`tableUrl`), on the page named by its record. */
export function entryUrl(tableUrl: string, id: string, page: string | undefined): string {
  const n = Number(page ?? 1);
  return `${tableUrl}${n > 1 ? `${n}/` : ''}#${id}`;
}
