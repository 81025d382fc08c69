/**
 * Ranks the records of a query, independent of how the index is stored: it only calls the search
 * function it is given and reads the records' `meta.module`, `meta.lang` and `content`.
 */
import { modulePassages } from './excerpt.ts';
import { loadStopWords } from './stop-words.ts';
import type { Found, RecordData, SearchFn } from './types.ts';
import { loadVocabulary, localTerm, ownerOf } from './vocabulary.ts';
import { compact, hasWholeWord, queryWords, type QueryWord } from './words.ts';

/** A module found by a query, with the record whose text is shown (the reader's language if it matched). */
export type ModuleMatch = { module: string; record: RecordData; own: boolean; score: number };

/** What a query found, in rank order, and the words to highlight. */
export type Ranking = {
  modules: ModuleMatch[];
  pages: RecordData[];
  /** Query words that matched, with their stand-ins, for highlighting (no ordinary words). */
  marks: string[];
  /** The query as searched when a word was corrected (`syslgd` → `syslogd`). */
  corrected?: string;
};

/** How many module records are opened (one small fetch each, cached) to group them by module. */
const maxOpened = 6;
/** How many page sections are opened, the best first. */
const maxSections = 3;
/** A token found in more records than this is not owned by one module. */
const maxTokenRecords = 12;
/** Weight of a match in another language than the reader's, against one in the reader's language. */
const otherLanguage = 0.8;
/** Weight of an ordinary word against a telling one of the same rarity. */
const stopWeight = 0.05;

/**
 * How much a word tells, from how many module records hold it: page sections do not count (a word
 * Pagefind matched in a page by its last resort, a shorter word, would make it look common).
 */
const rarity = (n: number, results: Found[]) =>
  Math.log(1 + n / (results.filter((r) => !r.page).length || results.length));

const totals = new WeakMap<SearchFn, Promise<number>>();
/** Number of records in the index, read once per search function. */
function total(search: SearchFn): Promise<number> {
  let n = totals.get(search);
  if (!n) {
    n = search(null).then((all) => Math.max(all.length, 1));
    totals.set(search, n);
  }
  return n;
}

/** Merges result lists, keeping each record's best score. */
function merge(lists: Found[][]): Found[] {
  const byId = new Map<string, Found>();
  for (const r of lists.flat()) if ((byId.get(r.id)?.score ?? -1) < r.score) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Finds the records of a long Latin word the index does not hold whole: a compound (`campagneworkflow`)
 * or an inflection. The prefix or suffix of five letters or more that matches best stands in for it.
 */
async function compoundResults(search: SearchFn, word: string): Promise<Found[]> {
  const parts: string[] = [];
  for (let n = word.length - 1; n >= 5; n--) parts.push(word.slice(word.length - n), word.slice(0, n));
  let best: Found[] = [];
  for (const part of parts) {
    const results = await search(part);
    if ((results[0]?.score ?? 0) > (best[0]?.score ?? 0)) best = results;
  }
  return best;
}

type WordHits = { word: QueryWord; results: Found[]; marks: string[]; corrected?: string; weight?: number };

/**
 * Returns what a CJK word that matches nothing is searched as instead, at half weight: the kanji
 * stem of a Japanese word with another okurigana (`送れ` → `送`, indexed as `送信`), or each
 * character of a Chinese word the index cuts otherwise (`寫進` → `寫`, `進`; indexed as `寫入`).
 */
function hanStems(word: string, locale: string): string[] {
  const stem = /^(\p{Script=Han}+)[\p{Script=Hiragana}]+$/u.exec(word)?.[1];
  if (stem) return [stem];
  return /^zh/i.test(locale) && /^\p{Script=Han}{2,}$/u.test(word) ? [...word] : [];
}

/** Looks one word up: as typed, with its local term, else corrected, else by its parts. */
async function lookUp(search: SearchFn, word: QueryWord, locale: string, verbatim: boolean): Promise<WordHits> {
  const term = localTerm(word.text, locale);
  const owner = ownerOf(word.text);
  const terms = [word.text, term, owner !== word.text ? owner : undefined].filter((t): t is string => !!t);
  const results = merge(await Promise.all(terms.map((t) => search(t))));
  const marks = [word.text, ...(term ? [term] : [])];
  if (results.length > 0 && (!word.typo || verbatim || (await plausible(marks, results)))) {
    return { word, results, marks };
  }
  const stems = hanStems(word.text, locale);
  if (stems.length > 0) {
    return { word, results: merge(await Promise.all(stems.map((c) => search(c)))), marks: stems, weight: 0.5 };
  }
  if (word.typo && !verbatim) {
    // Typo correction is loaded only when a word needs it: most queries never do.
    const { correctWord } = await import('./typo.ts');
    const corrected = await correctWord(search, word.text, locale);
    if (corrected) return { word, results: await search(corrected), marks: [corrected], corrected };
  }
  // A part of the word matches less than the whole word would: half weight, as for a CJK stem.
  const parts = word.typo && word.text.length >= 7 ? await compoundResults(search, word.text) : [];
  return parts.length > 0 ? { word, results: parts, marks, weight: 0.5 } : { word, results, marks };
}

/** Folds case and diacritics, so that a prefix test matches the way Pagefind does. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Tells a real match of a Latin word from Pagefind's last resort, which matches a word it does not
 * know by a shorter word it starts with (`trackinglgod` → `tracking`): the best records must hold
 * the word (or the locale's term it was also searched as), a longer word it begins, or a word it
 * extends by an ending of up to two letters (`loggarnas` → `loggarna`).
 */
async function plausible(words: string[], results: Found[]): Promise<boolean> {
  const opened = await Promise.all(results.slice(0, 3).map((r) => r.data()));
  return words.map(fold).some((folded) =>
    opened.some((d) =>
      fold(d.content)
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => w.startsWith(folded) || (w.length >= 4 && folded.startsWith(w) && folded.length - w.length <= 2)),
    ),
  );
}

type Scored = { found: Found; score: number; data?: RecordData };

/**
 * Returns the records of the module that owns a word, if one does: the one module whose records in
 * the reader's language hold a token as a whole word. A token in more records than can be read, or
 * a plain word, is owned only when it is that module's id (`syslogd` in a Swedish sentence).
 */
async function owners(hits: WordHits, locale: string): Promise<RecordData[]> {
  const read = hits.word.token ? maxTokenRecords : 3;
  // Only module records can own a word: page sections are not read, nor counted.
  const records = hits.results.filter((r) => !r.page);
  const opened = await Promise.all(records.slice(0, read).map((r) => r.data()));
  const text = hits.corrected ?? hits.word.text;
  const holders = opened.filter(
    (d) => d.meta['module'] && (d.meta['lang'] ?? locale) === locale && hasWholeWord(d.content, text),
  );
  if (new Set(holders.map((d) => d.meta['module'])).size !== 1) return [];
  const isId = holders[0]!.meta['module']!.toLowerCase() === text;
  return isId || (hits.word.token && records.length <= read) ? holders : [];
}

/**
 * Ranks a query. Every word is looked up alone and records add up the weights of the words they
 * match (an OR search: a word the content lacks does not empty the list), a word weighing more the
 * rarer it is in the index. Modules then go first when a token of the query belongs to them alone,
 * next when the query is a phrase of their text in the reader's language, then by score, a match
 * in the reader's language weighing more than one in another language.
 */
export async function rank(
  search: SearchFn,
  query: string,
  locale: string,
  options: { verbatim?: boolean } = {},
): Promise<Ranking> {
  await Promise.all([loadStopWords(locale), loadVocabulary(locale)]);
  const words = queryWords(query, locale);
  if (words.length === 0) return { modules: [], pages: [], marks: [] };
  const n = await total(search);
  // Ordinary words are looked up only when the query has nothing else: in a large index each word
  // costs a chunk of the index to download, and an ordinary word says little.
  const looked = words.some((w) => !w.stop) ? words.filter((w) => !w.stop) : words;
  const [all, ...hits] = await Promise.all([
    looked.length > 1 ? search(looked.map((w) => w.text).join(' ')) : Promise.resolve([]),
    ...looked.map((w) => lookUp(search, w, locale, options.verbatim ?? false)),
  ]);
  const scores = new Map<string, Scored>();
  const weights = new Map<string, number>();
  for (const h of hits) {
    if (h.results.length === 0) continue;
    const weight = rarity(n, h.results) * (h.word.stop ? stopWeight : 1) * (h.weight ?? 1);
    weights.set(h.word.text, weight);
    const top = h.results[0]?.score || 1;
    for (const r of h.results) {
      const s = scores.get(r.id) ?? { found: r, score: 0 };
      s.score += weight * (0.5 + (0.5 * r.score) / top);
      scores.set(r.id, s);
    }
  }
  // Records that match every word, as Pagefind cuts the whole query, get half of all weights again.
  const bonus = hits.reduce((a, h) => a + (h.results.length > 0 ? rarity(n, h.results) : 0), 0) / 2;
  const allTop = all[0]?.score || 1;
  // Each index drops the words it does not hold from the whole query: a record counts as matching
  // every word only when each word found anywhere found it too.
  const found = hits.filter((h) => h.results.length > 0).map((h) => new Set(h.results.map((r) => r.id)));
  for (const r of all.filter((x) => found.every((ids) => ids.has(x.id)))) {
    const s = scores.get(r.id) ?? { found: r, score: 0 };
    s.score += (bonus * r.score) / allTop;
    scores.set(r.id, s);
  }
  // The best module records and the best page sections (shown in a group of their own) are opened.
  const best = [...scores.values()].sort((a, b) => b.score - a.score);
  const toOpen = [
    ...best.filter((x) => !x.found.page).slice(0, maxOpened),
    ...best.filter((x) => x.found.page).slice(0, maxSections),
  ];
  const candidates = hits.filter((x) => (x.word.token || x.word.typo) && !x.word.stop && x.results.length > 0);
  // The best records and the records of tokens are opened at once (one small fetch each, cached).
  const [ownerLists, opened] = await Promise.all([
    Promise.all(candidates.map((h) => owners(h, locale))),
    Promise.all(toOpen.map(async (x) => ({ ...x, data: await x.found.data() }))),
  ]);
  // Two telling words next to each other in the query and in a record (`ログ ファイル` in
  // `ログファイルが空`) are worth the lighter of the two once more: Pagefind scores no phrases.
  const pairs = words
    .slice(1)
    .map((w, i) => [words[i]!, w] as const)
    .filter(([a, b]) => !a.stop && !b.stop && weights.has(a.text) && weights.has(b.text));
  for (const s of opened) {
    const text = compact(s.data.content);
    for (const [a, b] of pairs)
      if (text.includes(compact(a.text + b.text))) s.score += Math.min(weights.get(a.text)!, weights.get(b.text)!);
  }

  const owned = new Map<string, number>();
  const ownerRecords: RecordData[] = [];
  for (const records of ownerLists) {
    ownerRecords.push(...records);
    for (const id of new Set(records.map((d) => d.meta['module']!))) owned.set(id, (owned.get(id) ?? 0) + 1);
  }
  const phrase = compact(query);
  const modules = new Map<string, ModuleMatch & { score: number; phrase: boolean }>();
  const pages: RecordData[] = [];
  for (const s of opened) {
    const d = s.data;
    const id = d.meta['module'];
    if (!id) {
      pages.push(d);
      continue;
    }
    const own = (d.meta['lang'] ?? locale) === locale;
    const score = s.score * (own ? 1 : otherLanguage);
    const isPhrase = own && phrase.length >= 3 && words.length > 1 && compact(d.content).includes(phrase);
    const seen = modules.get(id);
    if (!seen) {
      modules.set(id, { module: id, record: d, own, score, phrase: isPhrase });
      continue;
    }
    seen.score = Math.max(seen.score, score);
    seen.phrase ||= isPhrase;
    // The text shown is the reader's language whenever that record matched too.
    if (own && !seen.own) Object.assign(seen, { record: d, own });
  }
  // The module an English product word names (`workflow` → `wfserver`) and a module whose name in
  // the reader's language is a word of the query (`가져오기`) get the weight of the query's most
  // telling word once more.
  const top = Math.max(0, ...weights.values());
  const named = new Set(words.map((w) => ownerOf(w.text, locale)).filter(Boolean));
  const queryText = ` ${words.map((w) => compact(w.text)).join(' ')} `;
  for (const m of modules.values()) {
    const label = compact(modulePassages(m.record.content).label);
    if (named.has(m.module.toLowerCase())) m.score += top;
    if (label.length >= 2 && queryText.includes(` ${label} `)) m.score += top;
  }
  // A token's owner is listed even when its other words kept it out of the records opened.
  for (const d of ownerRecords) {
    const id = d.meta['module']!;
    if (!modules.has(id)) modules.set(id, { module: id, record: d, own: true, score: 0, phrase: false });
  }
  const ranked = [...modules.values()].sort(
    (a, b) =>
      (owned.get(b.module) ?? 0) - (owned.get(a.module) ?? 0) ||
      Number(b.phrase) - Number(a.phrase) ||
      b.score - a.score,
  );
  const fixes = hits.filter((h) => h.corrected);
  return {
    modules: ranked.map(({ module, record, own, score }) => ({ module, record, own, score })),
    pages,
    marks: [...new Set(hits.filter((h) => !h.word.stop && h.results.length > 0).flatMap((h) => h.marks))],
    ...(fixes.length > 0 ? { corrected: correctQuery(query, fixes) } : {}),
  };
}

/** Writes the query with each corrected word replaced, the rest as the reader typed it. */
function correctQuery(query: string, fixes: WordHits[]): string {
  let out = query.trim();
  for (const f of fixes) {
    const escaped = f.word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(escaped, 'iu'), f.corrected!);
  }
  return out;
}
