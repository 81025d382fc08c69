/**
 * Ranks the records of a query, independent of how the index is stored: it only calls the search
 * function it is given and reads the records' meta and content through the contract (`contract.ts`).
 * The scoring rules and their weights are in `scoring.ts`; this file looks words up and applies them.
 */
import { moduleIdPattern } from '../lib/module-id.ts';
import { decodeEntryText, entryKey, entryMeta, isSecondRecord, type EntryMeta } from './contract.ts';
import {
  adjacentPairs,
  compoundOwner,
  meaningCoverage,
  namedModule,
  quotedSign,
  quotesName,
  rarity,
  readerLanguage,
  wholeQuery,
  wordMatch,
  wordWeight,
} from './scoring.ts';
import { lookUp, type WordHits } from './lookup.ts';
import { loadStopWords } from './stop-words.ts';
import type { Found, RecordData, SearchFn } from './types.ts';
import { loadVocabulary, ownerOf } from './vocabulary.ts';
import { compact, hasWholeWord, logWriters, queryWords, runningProcesses, type QueryWord } from './words.ts';

/**
 * An entry found by a query (a module, or one sign of a module), with the record whose text is shown:
 * the reader's language whenever that record matched too.
 */
export type EntryMatch = { key: string; meta: EntryMeta; record: RecordData; own: boolean; score: number };

/** What a query found, in rank order, and the words to highlight. */
export type Ranking = {
  entries: EntryMatch[];
  pages: RecordData[];
  /** Query words that matched, with their stand-ins, for highlighting (no ordinary words). */
  marks: string[];
  /** The query as searched when a word was corrected (`syslgd` → `syslogd`). */
  corrected?: string;
  /** Words of the query the index matched only by a stand-in (a stem, a part, not a correction) or not at all. */
  unmatched: string[];
};

/** How many entry records are opened (one small fetch each, cached) to group them by entry. */
const maxOpened = 8;
/** How many page sections are opened, the best first. */
const maxSections = 3;
/** A token found in more records than this is not owned by one module. */
const maxTokenRecords = 12;

/** The search function of one query: each term is searched once, however many of its rules ask for it. */
function searchedOnce(search: SearchFn): SearchFn {
  const searched = new Map<string | null, Promise<Found[]>>();
  return (term) => {
    let results = searched.get(term);
    if (!results) searched.set(term, (results = search(term)));
    return results;
  };
}

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

type Scored = { found: Found; score: number; data?: RecordData };

/**
 * Returns the records of the module that owns a word, if one does: the one module whose records in
 * the reader's language hold a token as a whole word. A token in more records than can be read, or
 * a plain word, is owned only when it is that module's id (`syslogd` in a Swedish sentence).
 */
async function owners(hits: WordHits, locale: string): Promise<RecordData[]> {
  const read = hits.word.token ? maxTokenRecords : 3;
  const text = hits.corrected ?? hits.word.text;
  // A token in more records than can be read is owned only as a module's id: one that cannot be an id
  // (`e-mails`, `8080`) is not read at all, which spares a first search a dozen fragments on a large site.
  const entries = hits.results.filter((r) => !r.page && !r.meaning);
  if (entries.length > read && !moduleIdPattern.test(text)) return [];
  // A digit counts things (`2 hours`, `Sent = 0`): it is no port, code or id to own (port 25 is).
  if (/^\d$/.test(text)) return [];
  const holdersOf = async (records: Found[]) =>
    (await Promise.all(records.slice(0, read).map((r) => r.data()))).filter(
      (d) => d.meta['module'] && (d.meta['lang'] ?? locale) === locale && hasWholeWord(d.content, text),
    );
  // Only entry records can own a word (`entries`): page sections are not read, nor counted, nor signs'
  // meanings (a description, not a token a reader quotes).
  const holders = await holdersOf(entries);
  const modules = new Set(holders.map((d) => d.meta['module']!));
  if (modules.size !== 1) return [];
  if ([...modules][0]!.toLowerCase() === text) {
    // A module's id is owned unless another module's own entry names it: signs mention other modules
    // (an mta sign names stat), and would crowd the entries out of the records read.
    const named = await holdersOf(entries.filter((r) => !r.sign));
    return new Set(named.map((d) => d.meta['module'])).size <= 1 ? holders : [];
  }
  return hits.word.token && entries.length <= read ? holders : [];
}

/**
 * Keeps, of each word's results, the records a reader should see: when records in the reader's language
 * (or pages of their locale) match every word that matched anything, only those; otherwise all, so that
 * a query in another language (a Japanese symptom typed on the Swedish site) finds that language's
 * entries. A language-neutral query (`nlserver stop`, `8080`) thus shows the reader's text, never another
 * locale's.
 */
export function readersResults(lists: Found[][], locale: string): Found[][] {
  const ownOrPage = (r: Found) => r.page === true || r.lang === locale;
  const covered = lists.every((results) => results.length === 0 || results.some(ownOrPage));
  return covered ? lists.map((results) => results.filter(ownOrPage)) : lists;
}

/**
 * Stage 1, before any record is opened: every record a word found adds up the word's weight (an OR
 * search: a word the content lacks does not empty the list); records matching the whole query get a
 * share of all weights again.
 */
function scoreRecords(
  hits: WordHits[],
  all: Found[],
  n: number,
  locale: string,
): { scores: Map<string, Scored>; weighted: Map<string, number> } {
  const scores = new Map<string, Scored>();
  const weighted = new Map<string, number>();
  const add = (r: Found, points: number) => {
    const s = scores.get(r.id) ?? { found: r, score: 0 };
    s.score += points;
    scores.set(r.id, s);
  };
  const kept = readersResults(
    hits.map((h) => h.results),
    locale,
  );
  // A sign's meaning gains by how many of the query's telling words it shares (`meaningCoverage`).
  const meanings = new Map<string, { found: Found; score: number; words: number }>();
  hits.forEach((h, i) => {
    if (h.results.length === 0) return;
    const weight = wordWeight(n, h.results, h.word, h.weight);
    weighted.set(h.word.text, weight);
    const top = h.results[0]?.score ?? 1;
    for (const r of kept[i]!) {
      if (!r.meaning) {
        add(r, wordMatch(weight, r.score, top, r));
        continue;
      }
      const m = meanings.get(r.id) ?? { found: r, score: 0, words: 0 };
      m.score += wordMatch(weight, r.score, top, r);
      if (!h.word.stop) m.words += 1;
      meanings.set(r.id, m);
    }
  });
  for (const m of meanings.values()) add(m.found, meaningCoverage(m.score, m.words));
  // Each index drops the words it does not hold from the whole query: a record counts as matching
  // every word only when each word found anywhere found it too.
  const found = kept.filter((k) => k.length > 0).map((k) => new Set(k.map((r) => r.id)));
  const rarities = hits.map((h) => (h.results.length > 0 ? rarity(n, h.results) : 0));
  const allTop = all[0]?.score ?? 1;
  for (const r of all.filter((x) => found.every((ids) => ids.has(x.id)))) add(r, wholeQuery(rarities, r.score, allTop));
  return { scores, weighted };
}

/** Returns the records to open: the best entry records, the reader's language first among equals, and sections. */
function recordsToOpen(scores: Map<string, Scored>, locale: string): Scored[] {
  const best = [...scores.values()]
    .map((x) => ({ ...x, score: x.found.page ? x.score : readerLanguage(x.score, x.found.lang === locale) }))
    .sort((a, b) => b.score - a.score);
  return [
    ...best.filter((x) => !x.found.page).slice(0, maxOpened),
    ...best.filter((x) => x.found.page).slice(0, maxSections),
  ];
}

type Grouped = EntryMatch & { phrase: boolean };

/** What a query is, for the stages after its words are looked up. */
type QueryContext = {
  query: string;
  words: QueryWord[];
  locale: string;
  /** The other languages merged in for the query, whose product words name modules too. */
  also: readonly string[];
  /** Each word's weight, as looked up. */
  weighted: Map<string, number>;
  /** What stood in for words the index lacks (a compound's part, a correction, a Latin stem). */
  standIns: string[];
  /** Module ids that qualify the next word (`qualifiers`). */
  qualifying: Set<string>;
};

/**
 * Stage 2 and 3: the opened records gain their adjacent pairs, group into entries (the reader's language
 * shown whenever it matched), and entries gain what names or quotes them.
 */
function groupEntries(opened: Scored[], context: QueryContext) {
  const { query, words, locale, also, weighted, standIns, qualifying } = context;
  const phrase = compact(query);
  const entries = new Map<string, Grouped>();
  const pages: RecordData[] = [];
  for (const s of opened) {
    const d = s.data!;
    const meta = entryMeta(d.meta);
    if (!meta) {
      pages.push(d);
      continue;
    }
    const own = meta.lang === locale;
    const score = readerLanguage(s.score + adjacentPairs(words, weighted, d.content), own);
    const isPhrase = own && phrase.length >= 3 && words.length > 1 && compact(d.content).includes(phrase);
    const key = entryKey(meta);
    const seen = entries.get(key);
    if (!seen) {
      entries.set(key, { key, meta, record: d, own, score, phrase: isPhrase });
      continue;
    }
    seen.score = Math.max(seen.score, score);
    seen.phrase ||= isPhrase;
    // The reader's language is shown first; a sign's own record before its meaning's.
    const better =
      own && !seen.own ? true : own === seen.own && isSecondRecord(seen.record.url) && !isSecondRecord(d.url);
    if (better) Object.assign(seen, { record: d, own, meta });
  }
  const top = Math.max(0, ...weighted.values());
  // A locale's product word the index cuts in two (工作流程 → 工作 流程) names its module as a pair of words.
  const pairs = words.slice(1).map((w, i) => words[i]!.text + w.text);
  const named = new Set(
    [...words.map((w) => w.text), ...pairs, ...standIns]
      .map((t) => [locale, ...also].map((code) => ownerOf(t, code)).find(Boolean))
      .filter((m): m is string => !!m),
  );
  const ids = [...new Set([...entries.values()].map((e) => e.meta.module))];
  for (const w of words) {
    const owner = compoundOwner(w.text, ids);
    if (owner) named.add(owner);
  }
  // What stood in for a word counts as a word of the query (`importjob` names `import`); a word qualifying the next
  // one does not name its module by itself (`tracking` in `tracking logs`).
  const terms = [...words.filter((w) => !qualifying.has(w.text)).map((w) => w.text), ...standIns];
  const queryText = ` ${terms.map(compact).join(' ')} `;
  for (const e of entries.values()) {
    e.score += namedModule(e.meta.module, e.record.content, named, queryText, top);
    if (e.meta.sign) e.score += quotedSign(decodeEntryText(e.record.content).head, query, top);
  }
  return { entries, pages };
}

/**
 * Returns the words of a query that qualify the next word in a product term of their own (`tracking` in
 * `tracking logs`, the tracking log daemon's): such a word, though a module's id, names that module only as a
 * word of the term, not as an id the query quotes (the term's module is named too, and the rest decides).
 */
export function qualifiers(words: readonly QueryWord[], locale: string): Set<string> {
  const out = new Set<string>();
  words.slice(1).forEach((next, i) => {
    const word = words[i]!;
    const owner = ownerOf(word.text + next.text, locale);
    const alone = ownerOf(word.text, locale);
    // A module id (`tracking` logs), or a product word of another module (`log` on, a login).
    if (owner && alone && alone !== owner) out.add(word.text);
  });
  return out;
}

/**
 * How a query is ranked: `verbatim` turns typo correction off; `foreign` names the words the reader's own
 * index matched only by a stand-in, and searches the other languages' records alone for them.
 */
export type RankOptions = {
  verbatim?: boolean;
  /** False: no word is corrected, though matches are still checked (a query in another language). */
  correct?: boolean;
  /** `languages`: the other languages merged in for the query, whose product words name modules too. */
  foreign?: { words: readonly string[]; search: SearchFn; languages?: readonly string[] };
};

/**
 * Looks a word up; a foreign word in the other languages' records first, where it counts only when matched as
 * typed: the reader's own index would match it by a shorter word (`loggraderna` as `log`), which must not
 * keep it in the reader's language.
 */
async function lookUpWord(search: SearchFn, word: QueryWord, locale: string, options: RankOptions): Promise<WordHits> {
  const verbatim = options.verbatim ?? false;
  const correct = !verbatim && options.correct !== false;
  if (options.foreign?.words.includes(word.text)) {
    const abroad = await lookUp(options.foreign.search, word, locale, verbatim, correct);
    if (abroad.results.length > 0 && abroad.weight === undefined && !abroad.corrected && !abroad.part) return abroad;
  }
  return lookUp(search, word, locale, verbatim, correct);
}

/**
 * Tells a query most of whose Latin words (two or more) the index holds nowhere as typed: a sentence in another
 * language (Dutch typed on the Korean site), which the other languages' indexes answer next. Correcting each of
 * its words here would read up to a hundred records for nothing (measured: 97 fragments, 27 KB, for one
 * Dutch sentence on the Korean site); a typo among words the index holds is still corrected.
 */
async function inAnotherLanguage(search: SearchFn, words: QueryWord[]): Promise<boolean> {
  const latin = words.filter((w) => w.typo && !w.stop);
  if (latin.length < 2) return false;
  const found = await Promise.all(latin.map((w) => search(w.text)));
  return found.filter((r) => r.length === 0).length * 2 > latin.length;
}

/**
 * Ranks a query: looks every word up, scores the records (stage 1), opens the best, groups them into
 * entries and scores those (stages 2 and 3). Entries then go first when a token of the query belongs to
 * their module alone, next when the query is a phrase of their text in the reader's language, then by score.
 */
export async function rank(
  search: SearchFn,
  query: string,
  locale: string,
  options: RankOptions = {},
): Promise<Ranking> {
  // The languages merged in for a query in another language: their product words name modules too (`exporten`,
  // Swedish, typed on the Japanese site).
  const also = options.foreign?.languages ?? [];
  await Promise.all([
    loadStopWords(locale, query),
    loadVocabulary(locale, query),
    ...also.map((code) => loadVocabulary(code)),
  ]);
  const words = queryWords(query, locale);
  if (words.length === 0) return { entries: [], pages: [], marks: [], unmatched: [] };
  const n = await total(search);
  // Ordinary words are looked up only when the query has nothing else: in a large index each word
  // costs a chunk of the index to download, and an ordinary word says little.
  const looked = words.some((w) => !w.stop) ? words.filter((w) => !w.stop) : words;
  // A query in another language is not corrected word by word in this one (`inAnotherLanguage`); the words it
  // looked up are not searched again.
  const once = searchedOnce(search);
  const lookOptions =
    !options.verbatim && (await inAnotherLanguage(once, looked)) ? { ...options, correct: false } : options;
  const [all, ...hits] = await Promise.all([
    looked.length > 1 ? once(looked.map((w) => w.text).join(' ')) : Promise.resolve([]),
    ...looked.map((w) => lookUpWord(once, w, locale, lookOptions)),
  ]);
  const { scores, weighted } = scoreRecords(hits, all, n, locale);
  const qualifying = qualifiers(words, locale);
  const candidates = hits.filter(
    (x) => (x.word.token || x.word.typo) && !x.word.stop && x.results.length > 0 && !qualifying.has(x.word.text),
  );
  // The best records and the records of tokens are opened at once (one small fetch each, cached).
  const [ownerLists, opened] = await Promise.all([
    Promise.all(candidates.map((h) => owners(h, locale))),
    Promise.all(recordsToOpen(scores, locale).map(async (x) => ({ ...x, data: await x.found.data() }))),
  ]);
  // What the index matched for a word it lacks stands for it: a compound's part (`importjob` → `import`), a
  // correction (`wfserer` → `wfserver`), a Latin inflection's stem (`exporten` → `export`); not a CJK stem, which
  // is a character of another word.
  const standIns = hits.flatMap((h) => {
    if (h.part || h.corrected) return [h.part ?? h.corrected!];
    return h.weight !== undefined ? h.marks.filter((m) => /^\p{Script=Latin}+$/u.test(m)) : [];
  });
  const { entries, pages } = groupEntries(opened, { query, words, locale, also, weighted, standIns, qualifying });
  const owned = new Map<string, number>();
  for (const records of ownerLists) {
    for (const id of new Set(records.map((d) => d.meta['module']!))) owned.set(id, (owned.get(id) ?? 0) + 1);
    // A token's owner is listed even when its other words kept it out of the records opened.
    for (const d of records) {
      const meta = entryMeta(d.meta)!;
      if (!entries.has(entryKey(meta)))
        entries.set(entryKey(meta), { key: entryKey(meta), meta, record: d, own: true, score: 0, phrase: false });
    }
  }
  // A name a sign is about (`publicId`), quoted, owns its module as a token does.
  const namedBy = new Set(
    [...entries.values()]
      .filter((e) => e.meta.sign && quotesName(decodeEntryText(e.record.content).head, query))
      .map((e) => e.meta.module),
  );
  for (const id of namedBy) owned.set(id, (owned.get(id) ?? 0) + 1);
  // The module a pasted log line names as its writer, when the query's id already owns it, owns it once more.
  const writers = new Set(logWriters(query));
  for (const id of owned.keys()) if (writers.has(id.toLowerCase())) owned.set(id, owned.get(id)! + 1);
  // The modules a pasted process list shows running are not the trouble (the ticket is about one it lacks), unless
  // the query names them besides (`mta@prod uses 2 GB`).
  const said = new Set(words.map((w) => w.text));
  for (const id of runningProcesses(query).filter((p) => !said.has(p))) {
    const module = [...entries.values()].find((e) => e.meta.module.toLowerCase() === id)?.meta.module;
    if (module) owned.set(module, (owned.get(module) ?? 0) - 1);
  }
  const ranked = [...entries.values()].sort(
    (a, b) =>
      (owned.get(b.meta.module) ?? 0) - (owned.get(a.meta.module) ?? 0) ||
      Number(b.phrase) - Number(a.phrase) ||
      b.score - a.score,
  );
  const fixes = hits.filter((h) => h.corrected);
  return {
    entries: ranked.map(({ key, meta, record, own, score }) => ({ key, meta, record, own, score })),
    pages,
    marks: [...new Set(hits.filter((h) => !h.word.stop && h.results.length > 0).flatMap((h) => h.marks))],
    // A word the index corrected is a typo of the reader's language (`wfserer`): not another language's; a word
    // with digits or marks (`abcd1234`, `/r/…`) is an id of a pasted line, no language's.
    unmatched: hits
      .filter((h) => !h.word.stop && (h.results.length === 0 || h.weight !== undefined || h.part))
      .map((h) => h.word.text)
      .filter((w) => !/[\p{N}_@:./-]/u.test(w)),
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
