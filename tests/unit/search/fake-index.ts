/**
 * A fake search index for ranking tests: prefix matching over records' words, as Pagefind does. Records
 * may sit in several indexes merged into one search (`index`, as the module index and a locale's page
 * index): each index drops the words of a query that it does not hold, as Pagefind does.
 */
import type { Found, RecordData, SearchFn } from '../../../src/search/types.ts';
import { spaceCjkWords } from '../../../src/search/text.ts';

/** A record of the fake index: a module record when `module` is set, else a page. */
export type FakeRecord = { module?: string; lang?: string; content: string; url?: string; index?: number };

/** Returns a search function over the records, the terms it was asked for, and the records opened (by index). */
export function fakeIndex(records: FakeRecord[]): { search: SearchFn; asked: string[]; opened: Set<number> } {
  const asked: string[] = [];
  const opened = new Set<number>();
  const data: RecordData[] = records.map((r, i) => ({
    url: r.url ?? (r.module ? `/m/${r.module}?lang=${r.lang ?? ''}` : `/page-${i}/`),
    content: r.content,
    excerpt: r.content.slice(0, 60),
    meta: r.module ? { module: r.module, lang: r.lang ?? '' } : { title: 'Page' },
  }));
  const words = data.map((d) =>
    spaceCjkWords(d.content)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  const found = (i: number, score: number): Found => ({
    id: String(i),
    score,
    ...(records[i]!.module ? { lang: records[i]!.lang ?? '' } : { page: true }),
    data: () => {
      opened.add(i);
      return Promise.resolve(data[i]!);
    },
  });
  const search: SearchFn = (term) => Promise.resolve(lookUp(term));
  const lookUp = (term: string | null): Found[] => {
    if (term === null) return data.flatMap((d, i) => (d.meta['module'] ? [found(i, 0)] : []));
    asked.push(term);
    const all = spaceCjkWords(term).toLowerCase().split(/\s+/).filter(Boolean);
    const indexOf = (i: number) => records[i]!.index ?? 0;
    const holds = (index: number, t: string) =>
      words.some((ws, i) => indexOf(i) === index && ws.some((w) => w.startsWith(t)));
    return words
      .map((ws, i) => {
        const terms = all.filter((t) => holds(indexOf(i), t));
        if (terms.length === 0) return undefined;
        const counts = terms.map((t) => ws.filter((w) => w.startsWith(t)).length);
        return counts.every((c) => c > 0)
          ? found(
              i,
              counts.reduce((a, c) => a + c, 0),
            )
          : undefined;
      })
      .filter((r): r is Found => !!r)
      .sort((a, b) => b.score - a.score);
  };
  return { search, asked, opened };
}
