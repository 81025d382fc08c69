/**
 * Loads Pagefind once (its URL built at run time so the bundler leaves it alone) with the reader's own
 * locale's bundle, and merges another locale's module index only when a query needs it
 * (`languages.ts`); adapts what is loaded to the search function ranking takes.
 */
import { type LocaleCode } from '../locales.ts';
import { recordOfId } from './contract.ts';
import { localeIndexPath, moduleIndexPath } from './index-paths.ts';
import type { Found, SearchFn } from './types.ts';

type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string | null) => Promise<{ results: Found[] } | null>;
  mergeIndex: (url: string) => Promise<void>;
};

/** Pagefind and what is loaded: the search over the reader's own records alone, and over everything loaded. */
type Engine = {
  pf: Pagefind;
  locale: LocaleCode;
  merged: Set<LocaleCode>;
  own: Promise<SearchFn>;
  search: Promise<SearchFn>;
  /** The searches over other languages' records alone, by the languages they cover. */
  abroad: Map<string, Promise<SearchFn>>;
};

let engine: Promise<Engine> | undefined;

/**
 * Returns the search function over what is loaded (over the records of `only`, when given). A record's kind
 * and language are read from its id (`recordOfId`), before it is opened: ranking weighs words by how many
 * entry records hold them, and listing (`null`) gives the entry records only; and it prefers the reader's own
 * records, so a language-neutral query (`nlserver stop`) shows the reader's text, never another language's.
 */
async function searchOver(pf: Pagefind, locale: LocaleCode, only?: readonly LocaleCode[]): Promise<SearchFn> {
  const within = (r: Found) => !only || only.includes(recordOfId(r.id)?.locale ?? locale);
  const found = async (term: string | null) => ((await pf.search(term))?.results ?? []).filter(within);
  const mark = (r: Found): Found => {
    const record = recordOfId(r.id);
    if (record?.kind === 'page') return { ...r, page: true };
    return {
      ...r,
      ...(record?.locale === locale ? { lang: locale } : {}),
      ...(record?.kind === 'sign' || record?.kind === 'meaning' ? { sign: true } : {}),
      ...(record?.kind === 'meaning' ? { meaning: true } : {}),
    };
  };
  const entries = (await found(null)).filter((r) => recordOfId(r.id)?.kind !== 'page');
  return async (term) => (term === null ? entries : (await found(term)).map(mark));
}

/** Loads Pagefind with the reader's locale's bundle (once per page). */
function load(locale: LocaleCode): Promise<Engine> {
  engine ??= (async () => {
    const url = new URL(`${localeIndexPath(locale)}pagefind.js`, location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The index is small: searching on the main thread avoids fetching and starting a worker.
    await pf.options({ noWorker: true, excerptLength: 24 });
    await pf.init?.();
    const own = searchOver(pf, locale, [locale]);
    return { pf, locale, merged: new Set<LocaleCode>(), own, search: own, abroad: new Map() };
  })();
  return engine;
}

/**
 * Returns the search function over the reader's own records, loading Pagefind and the locale's index on first
 * call. It stays the same after other languages are merged in: a query ranks the same whatever was typed before.
 */
export async function loadEngine(locale: LocaleCode): Promise<SearchFn> {
  return (await load(locale)).own;
}

/** The search functions after a merge: over everything loaded, and over the other languages' records alone. */
export type WideSearch = { search: SearchFn; others: SearchFn };

/**
 * Merges the module indexes of `others` (each fetched once; a merged index stays for the page's later
 * queries, whose ranking still prefers the reader's own records) and returns the search functions.
 */
export async function widenEngine(locale: LocaleCode, others: readonly LocaleCode[]): Promise<WideSearch> {
  const e = await load(locale);
  const missing = others.filter((l) => l !== e.locale && !e.merged.has(l));
  if (missing.length > 0) {
    for (const l of missing) e.merged.add(l);
    try {
      await Promise.all(missing.map((l) => e.pf.mergeIndex(new URL(moduleIndexPath(l), location.href).href)));
    } finally {
      e.search = searchOver(e.pf, e.locale);
    }
  }
  // The search over the other languages alone lists their records once per set of languages, not per query.
  const key = [...others].sort().join(' ');
  let abroad = e.abroad.get(key);
  if (!abroad) e.abroad.set(key, (abroad = searchOver(e.pf, e.locale, others)));
  return { search: await e.search, others: await abroad };
}
