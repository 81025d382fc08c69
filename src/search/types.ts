/** The shapes ranking works on: what a Pagefind search returns, reduced to what ranking reads. */

/** A record's data, as Pagefind's `result.data()` returns it. */
export type RecordData = {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
};

/**
 * One search result: an id, Pagefind's score, whether it is a page section or a sign, the record's language
 * when the search function knows it before opening (the reader's own records, from a filter), and its data.
 */
export type Found = {
  id: string;
  score: number;
  page?: boolean;
  /** A sign's record (known from a filter before opening). */
  sign?: boolean;
  /** A sign's second record, what it means (also a sign's record). */
  meaning?: boolean;
  lang?: string;
  data: () => Promise<RecordData>;
};

/** Searches one term in the reader's indexes (Pagefind matches words by prefix); `null` lists the entry records. */
export type SearchFn = (term: string | null) => Promise<Found[]>;
