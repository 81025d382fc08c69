/**
 * Loads Pagefind once (its URL built at run time so the bundler leaves it alone) and adapts it to
 * the search function ranking takes.
 */
import type { Found, SearchFn } from './types.ts';

type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string | null) => Promise<{ results: Found[] } | null>;
  preload?: (q: string) => Promise<void>;
};

let engine: Promise<SearchFn> | undefined;

/** Returns the search function of the page's index, loading Pagefind and its index on first call. */
export function loadEngine(): Promise<SearchFn> {
  engine ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index is small: searching on the main thread avoids fetching and starting a worker.
    await pf.options({ noWorker: true, excerptLength: 24 });
    await pf.init?.();
    const search: SearchFn = async (term) => (await pf.search(term))?.results ?? [];
    // Lists the records and loads the index chunk of a word every module record holds (on a small
    // site, the whole index) now, so that the first query does not wait for them.
    await Promise.all([search(null), pf.preload?.('nlserver')]);
    return search;
  })();
  return engine;
}
