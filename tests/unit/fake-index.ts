/** A fake search index for ranking tests: prefix matching over records' words, as Pagefind does. */
import type { Found, RecordData, SearchFn } from '../../src/search/types.ts';
import { spaceCjkWords } from '../../src/search/text.ts';

/** A record of the fake index: a module record when `module` is set, else a page. */
export type FakeRecord = { module?: string; lang?: string; label?: string; content: string; url?: string };

/** Returns a search function over the records, and the terms it was asked for. */
export function fakeIndex(records: FakeRecord[]): { search: SearchFn; asked: string[] } {
  const asked: string[] = [];
  const data: RecordData[] = records.map((r, i) => ({
    url: r.url ?? (r.module ? `/m/${r.module}?lang=${r.lang ?? ''}` : `/page-${i}/`),
    content: r.content,
    excerpt: r.content.slice(0, 60),
    meta: r.module
      ? { module: r.module, lang: r.lang ?? '', label: r.label ?? '', title: r.module }
      : { title: 'Page' },
  }));
  const words = data.map((d) =>
    spaceCjkWords(d.content)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  const found = (i: number, score: number): Found => ({ id: String(i), score, data: () => Promise.resolve(data[i]!) });
  const search: SearchFn = (term) => Promise.resolve(lookUp(term));
  const lookUp = (term: string | null): Found[] => {
    if (term === null) return data.map((_, i) => found(i, 0));
    asked.push(term);
    const terms = spaceCjkWords(term).toLowerCase().split(/\s+/).filter(Boolean);
    return words
      .map((ws, i) => {
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
  return { search, asked };
}
