/**
 * Looks one query word up in the index: as typed (with the locale's term for a product word and the module
 * it names), else by a stand-in when it matches nothing — a CJK stem, an inflection's stem, a typo's
 * correction or a compound's part — each weighing less than the word itself (`weights.standIn`).
 */
import { weights } from './scoring.ts';
import type { Found, SearchFn } from './types.ts';
import { localTerm, ownerOf } from './vocabulary.ts';
import { spaceCjkWords } from './text.ts';
import type { QueryWord } from './words.ts';

/** Merges result lists, keeping each record's best score. */
export function merge(lists: Found[][]): Found[] {
  const byId = new Map<string, Found>();
  for (const r of lists.flat()) if ((byId.get(r.id)?.score ?? -1) < r.score) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Finds the records of a long Latin word the index does not hold whole: a compound (`campagneworkflow`,
 * `importjob`). The prefix or suffix of five letters or more that matches best stands in for it.
 */
async function compoundResults(search: SearchFn, word: string): Promise<{ part: string; results: Found[] }> {
  const parts: string[] = [];
  for (let n = word.length - 1; n >= 5; n--) parts.push(word.slice(word.length - n), word.slice(0, n));
  let best = { part: '', results: [] as Found[] };
  for (const part of parts) {
    const results = await search(part);
    if ((results[0]?.score ?? 0) > (best.results[0]?.score ?? 0)) best = { part, results };
  }
  return best;
}

/** Endings of Swedish, Dutch and English inflections and plurals, longest first (`kliks`, `fastnar`, `loggarna`). */
const endings = ['arna', 'erna', 'orna', 'ende', 'ing', 'ar', 'er', 'or', 'en', 'et', 'na', 'es', 'e', 's', 't'];

/**
 * Finds the records of an inflected Latin word the index holds in another form: its stem, four letters
 * or more, searched by prefix (`kliks` → `klik`, found as `klikken`). The best records must hold the stem with
 * an ending of an inflection (`klikken`): a longer word that only starts with it (`wfserver` for `wfser`, of the
 * typo `wfserer`) is no other form of the word, and is left to typo correction.
 */
async function inflectionResults(search: SearchFn, word: string): Promise<{ stem: string; results: Found[] }> {
  for (const ending of endings) {
    const stem = word.slice(0, -ending.length);
    if (!word.endsWith(ending) || stem.length < 4) continue;
    const results = await search(stem);
    if (results.length > 0 && (await holdsForm(stem, results))) return { stem, results };
  }
  return { stem: '', results: [] };
}

/** Returns true when one of the best records holds `stem` with an inflection's ending (or bare). */
async function holdsForm(stem: string, results: Found[]): Promise<boolean> {
  const folded = fold(stem);
  return (await bestWords(results)).some((w) => w.startsWith(folded) && inflections.has(w.slice(folded.length)));
}

/** Endings of Swedish, Dutch and English inflections, the bare stem included: what `otherForm` tells apart. */
const inflections = new Set([
  ...['', 'a', 'ad', 'ade', 'ades', 'ande', 'ar', 'are', 'arna', 'as', 'at', 'ats', 'd', 'de', 'den', 'des', 'e'],
  ...['en', 'ende', 'er', 'erna', 'ers', 'es', 'et', 'ets', 'ing', 'ingen', 'n', 'na', 'or', 'orna', 'r', 's', 't'],
  ...['te', 'ten', 'tes', 'ts'],
]);

/**
 * Returns true when `typed` is another inflection of `word`: the same stem of four letters or more, then an
 * ending of two letters or more where `word` has another ending (`hanterade` → `hanterar`, `skickades` →
 * `skickas`). A one-letter difference at the end stays a typo (`wfservr`, `trackinglogs`).
 */
export function otherForm(typed: string, word: string): boolean {
  let stem = 0;
  while (stem < typed.length && typed[stem] === word[stem]) stem++;
  for (; stem >= 4; stem--) {
    const ending = typed.slice(stem);
    if (ending.length >= 2 && inflections.has(ending) && inflections.has(word.slice(stem))) return true;
  }
  return false;
}

export type WordHits = {
  word: QueryWord;
  results: Found[];
  marks: string[];
  corrected?: string;
  weight?: number;
  /** The part of a compound that was searched for it (`import` for `importjob`). */
  part?: string;
};

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

/**
 * Looks one word up: as typed, with its local term, else corrected (unless `verbatim`, or `correct` is false),
 * else by its parts.
 */
export async function lookUp(
  search: SearchFn,
  word: QueryWord,
  locale: string,
  verbatim: boolean,
  correct = !verbatim,
): Promise<WordHits> {
  const term = localTerm(word.text, locale);
  const owner = ownerOf(word.text);
  const terms = [word.text, term, owner !== word.text ? owner : undefined].filter((t): t is string => !!t);
  // A locale's term may be several words as the index cuts them (工作流程 is indexed as 工作 流程): it is spaced
  // the same way, or Pagefind would look for one word the index does not hold.
  const results = merge(await Promise.all(terms.map((t) => search(spaceCjkWords(t)))));
  const marks = [word.text, ...(term ? [term] : [])];
  if (results.length > 0 && (!word.typo || verbatim || (await plausible(marks, results)))) {
    return { word, results, marks };
  }
  const stems = hanStems(word.text, locale);
  if (stems.length > 0) {
    return {
      word,
      results: merge(await Promise.all(stems.map((c) => search(c)))),
      marks: stems,
      weight: weights.standIn,
    };
  }
  if (word.typo && correct) return (await looseLookUp(search, word, locale)) ?? { word, results, marks };
  return { word, results, marks };
}

/**
 * Looks up a Latin word that matches nothing as typed: as an inflection of an indexed word, else corrected
 * when the correction keeps its first letter, else by its parts (a compound), else corrected anyway. A
 * stand-in matches less than the word would: it weighs as a CJK stem.
 */
async function looseLookUp(search: SearchFn, word: QueryWord, locale: string): Promise<WordHits | undefined> {
  const inflected = await inflectionResults(search, word.text);
  if (inflected.results.length > 0)
    return { word, results: inflected.results, marks: [inflected.stem], weight: weights.standIn };
  // Typo correction is loaded only when a word needs it: most queries never do.
  const { correctWord } = await import('./typo.ts');
  const corrected = await correctWord(search, word.text, locale);
  const fix = async (c: string, notice = true): Promise<WordHits> => ({
    word,
    results: await search(c),
    marks: [c],
    ...(notice ? { corrected: c } : {}),
  });
  // `importjob` is `import` + `job`, not `exportjob` two edits away: a correction may not change the first letter.
  // A word that only inflects the correction (`hanterade`, `hanterar`) was typed right: it is searched as that
  // form without a "showing results for" notice that would call it a typo.
  if (corrected && corrected[0] === word.text[0]) return fix(corrected, !otherForm(word.text, corrected));
  const compound = word.text.length >= 7 ? await compoundResults(search, word.text) : undefined;
  if (compound && compound.results.length > 0)
    return { word, results: compound.results, marks: [compound.part], weight: weights.standIn, part: compound.part };
  return corrected ? fix(corrected) : undefined;
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
  const held = await bestWords(results);
  return words
    .map(fold)
    .some((folded) =>
      held.some(
        (w) => w.startsWith(folded) || (w.length >= 4 && folded.startsWith(w) && folded.length - w.length <= 2),
      ),
    );
}

/** The words of the three best records, folded (each record one small fetch, cached). */
async function bestWords(results: Found[]): Promise<string[]> {
  const opened = await Promise.all(results.slice(0, 3).map((r) => r.data()));
  return opened.flatMap((d) => fold(d.content).split(/[^\p{L}\p{N}]+/u));
}
