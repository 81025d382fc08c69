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
  search: (q: string | null) => Promise<{ results: Found[] } | null>;
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
    const search: SearchFn = async (term) => (await pf.search(term))?.results ?? [];
    // Lists the records now, so that the first query does not wait for them.
    await search(null);
    return search;
  })();
  return engine;
}
