/**
 * How the module table is split into pages once the collection outgrows one page, and the small
 * id → page map that forwards `#<id>` links to the page holding the entry. Pure: no Astro, no I/O.
 */

/**
 * Rows per page. The eleven real entries weigh 9.7 KB gzip on one page, at the 10 KB budget;
 * a split page also carries the range navigation, so it holds fewer rows.
 */
export const rowsPerPage = 8;

/** The most modules one page holds unsplit: today's collection, so that nothing visible changes. */
export const singlePageLimit = 11;

/**
 * The most pages the navigation can show within the page budget (sections × pages per section,
 * both about √pages): about 80,000 modules. Beyond it the build stops rather than hide pages.
 */
export const maxPages = 10_000;

/** One page of the table: its number (1 = the table's own URL) and the ids it holds, in order. */
export type TablePage = { number: number; ids: string[]; first: string; last: string };

/** A run of consecutive pages, shown as one link to its first page on every page. */
export type TableSection = { first: number; last: number; from: string; to: string };

/** The whole split: pages, sections, and where each id (any letter case, former ids) lives. */
export type TableLayout = {
  pages: TablePage[];
  sections: TableSection[];
  /** Page number by lowercased id and former id. */
  pageOf: Map<string, number>;
};

/** What the split needs of a module entry. */
export type PagedModule = { id: string; aliases?: readonly string[] };

/** Orders ids by their lowercased code units, then as written: the same order in Node and every browser. */
function byName(a: string, b: string): number {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Splits the table. Up to `singlePageLimit` modules stay one page in file order (the order authors
 * chose); beyond, entries are sorted by name (ignoring case) and cut into pages of `rowsPerPage`,
 * so that each page is an alphabetical range a reader can find an id in without JavaScript.
 * Throws, naming the limit and the fix, when the navigation could not show every page.
 */
export function splitTable(
  modules: readonly PagedModule[],
  perPage = rowsPerPage,
  limit = singlePageLimit,
): TableLayout {
  const ids = modules.map((m) => m.id);
  const single = ids.length <= limit;
  const sorted = single ? ids : [...ids].sort(byName);
  const count = single ? 1 : Math.ceil(sorted.length / perPage);
  if (count > maxPages) {
    throw new Error(
      `The module table would need ${count} pages of ${perPage} rows for ${ids.length} modules, more than its ` +
        `navigation shows (maxPages = ${maxPages}). Fix: raise maxPages in src/lib/table-pages.ts after checking ` +
        `that the largest table page stays within the 10 KB gzip budget (npm run bench:scale).`,
    );
  }
  const pages: TablePage[] = [];
  for (let n = 0; n < count; n++) {
    const slice = single ? sorted : sorted.slice(n * perPage, (n + 1) * perPage);
    pages.push({ number: n + 1, ids: slice, first: slice[0] ?? '', last: slice[slice.length - 1] ?? '' });
  }
  const pageOf = new Map<string, number>();
  for (const page of pages) for (const id of page.ids) pageOf.set(id.toLowerCase(), page.number);
  for (const m of modules) {
    const page = pageOf.get(m.id.toLowerCase()) ?? 1;
    for (const alias of m.aliases ?? []) pageOf.set(alias.toLowerCase(), page);
  }
  return { pages, sections: sectionsOf(pages), pageOf };
}

/** Groups pages into about √pages sections of about √pages pages: both lists stay short on every page. */
export function sectionsOf(pages: readonly TablePage[]): TableSection[] {
  const size = Math.max(1, Math.ceil(Math.sqrt(pages.length)));
  const sections: TableSection[] = [];
  for (let i = 0; i < pages.length; i += size) {
    const first = pages[i]!;
    const last = pages[Math.min(i + size, pages.length) - 1]!;
    sections.push({ first: first.number, last: last.number, from: first.first, to: last.last });
  }
  return sections;
}

/** Returns the section holding a page. */
export function sectionOf(layout: TableLayout, page: number): TableSection | undefined {
  return layout.sections.find((s) => page >= s.first && page <= s.last);
}

/**
 * The id → page map the forwarding script fetches: the first id (lowercased) of every page from
 * the second on, in order, and the pages of former ids. O(pages + former ids), not O(modules).
 */
export type EntryPageMap = { starts: string[]; aliases: Record<string, number> };

/** Builds the id → page map of a layout. */
export function entryPageMap(layout: TableLayout, modules: readonly PagedModule[]): EntryPageMap {
  const aliases: Record<string, number> = {};
  if (layout.pages.length > 1) {
    for (const m of modules) {
      for (const alias of m.aliases ?? []) aliases[alias.toLowerCase()] = layout.pageOf.get(alias.toLowerCase()) ?? 1;
    }
  }
  return { starts: layout.pages.slice(1).map((p) => p.first.toLowerCase()), aliases };
}

/**
 * Returns the page a fragment belongs on (any letter case, former ids): the former id's page, else
 * the last page whose first id sorts at or before it, as the pages are alphabetical ranges.
 */
export function pageForFragment(map: EntryPageMap, fragment: string): number {
  const key = fragment.toLowerCase();
  const alias = map.aliases[key];
  if (alias !== undefined) return alias;
  let lo = 0;
  let hi = map.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byName(map.starts[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
