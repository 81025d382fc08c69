/**
 * Loads Pagefind once (its URL built at run time so the bundler leaves it alone) and adapts it to
 * the search function ranking takes.
 */
import type { LocaleCode } from '../locales.ts';
import { moduleIndexPath, pagesIndexPath } from './index-paths.ts';
import type { Found, SearchFn } from './types.ts';

type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string | null, o?: { filters: Record<string, string> }) => Promise<{ results: Found[] } | null>;
  mergeIndex: (url: string) => Promise<void>;
};

let engine: Promise<SearchFn> | undefined;

/**
 * Returns the search function of a locale, loading Pagefind and the indexes on first call: the module
 * index, shared by every locale and language, and the locale's page index merged into it.
 */
export function loadEngine(locale: LocaleCode): Promise<SearchFn> {
  engine ??= (async () => {
    const url = new URL(`${moduleIndexPath}pagefind.js`, location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index is small: searching on the main thread avoids fetching and starting a worker.
    await pf.options({ noWorker: true, excerptLength: 24 });
    await pf.init?.();
    await pf.mergeIndex(new URL(pagesIndexPath(locale), location.href).href);
    const found = async (term: string | null, o?: { filters: Record<string, string> }) =>
      (await pf.search(term, o))?.results ?? [];
    // Page sections are told from entry records before any is opened: ranking weighs words by how many
    // entry records hold them, and listing (`null`) gives the entry records only.
    // The reader's own records are known the same way: ranking prefers them before opening any, so a
    // language-neutral query (`nlserver stop`) shows the reader's text, never another language's.
    const [pageList, ownList, all] = await Promise.all([
      found(null, { filters: { kind: 'page' } }),
      found(null, { filters: { lang: locale } }),
      found(null),
    ]);
    const pages = new Set(pageList.map((r) => r.id));
    const own = new Set(ownList.map((r) => r.id));
    const entries = all.filter((r) => !pages.has(r.id));
    const mark = (r: Found): Found => {
      if (pages.has(r.id)) return { ...r, page: true };
      return own.has(r.id) ? { ...r, lang: locale } : r;
    };
    const search: SearchFn = async (term) => (term === null ? entries : (await found(term)).map(mark));
    return search;
  })();
  return engine;
}
