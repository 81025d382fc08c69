/**
 * The scoring rules of ranking, each named and beside its weight, each a small pure function with its own
 * unit test (`tests/unit/search/scoring.test.ts`). `ranking.ts` applies them in three stages: to every
 * record a word found (before any is opened), to the records opened, and to the entries they group into.
 */
import { decodeEntryText } from './contract.ts';
import type { Found } from './types.ts';
import { compact, type QueryWord } from './words.ts';

/** The weights, named. The README links here rather than restating them. */
export const weights = {
  /** A record's score for a word runs from half to all of the word's weight, by Pagefind's score. */
  matchFloor: 0.5,
  /** A match in another language than the reader's, against one in the reader's language. */
  otherLanguage: 0.8,
  /** An ordinary word against a telling one of the same rarity. */
  stopWord: 0.05,
  /** A word found only through a stand-in (a CJK stem, a compound's part). */
  standIn: 0.5,
  /** Records holding every word: this share of all the words' rarities once more. */
  wholeQuery: 0.5,
  /** A module named by an English product word or by its label: the query's most telling word once more. */
  namedModule: 1,
  /**
   * A sign's words against its module's: a sign answers one precise message, its module the symptom in
   * general; a sign comes first when the query quotes its English text (`quotedSign`).
   */
  signText: 0.7,
  /**
   * A sign's meaning (its second record) against what is seen: a description shares the ticket's ordinary
   * words with many signs, and must not outweigh the module that a symptom names.
   */
  meaningText: 0.25,
  /**
   * Each further telling word a sign's meaning shares with the query adds this share of the meaning's score again,
   * up to the weight of the sign's own text: one shared word is weak evidence, a ticket describing the same
   * trouble in several of the meaning's words is strong.
   */
  meaningCoverage: 0.75,
  /** A sign whose English text the query quotes (a pasted message): the most telling word this many times. */
  quotedSign: 3,
} as const;

/**
 * How much a word tells, from how many entry records hold it: page sections do not count (a word
 * Pagefind matched in a page by its last resort, a shorter word, would make it look common).
 */
export function rarity(total: number, results: Found[]): number {
  return Math.log(1 + total / (results.filter((r) => !r.page).length || results.length));
}

/** The weight of a looked-up word: its rarity, lighter for an ordinary word or a stand-in. */
export function wordWeight(total: number, results: Found[], word: QueryWord, standIn = 1): number {
  return rarity(total, results) * (word.stop ? weights.stopWord : 1) * standIn;
}

/** A record's score for one word: from `matchFloor` to all of its weight, by Pagefind's score; less for a sign. */
export function wordMatch(
  weight: number,
  score: number,
  topScore: number,
  record: Pick<Found, 'sign' | 'meaning'> = {},
): number {
  const match = weight * (weights.matchFloor + ((1 - weights.matchFloor) * score) / (topScore || 1));
  if (record.meaning) return match * weights.meaningText;
  return record.sign ? match * weights.signText : match;
}

/** A meaning record's score for `words` telling words of the query: more the more of them it shares. */
export function meaningCoverage(score: number, words: number): number {
  const most = weights.signText / weights.meaningText;
  return score * Math.min(most, 1 + weights.meaningCoverage * Math.max(0, words - 1));
}

/** A record matching every word of the query (Pagefind's whole-query search): a share of all weights again. */
export function wholeQuery(rarities: number[], score: number, topScore: number): number {
  return (rarities.reduce((a, r) => a + r, 0) * weights.wholeQuery * score) / (topScore || 1);
}

/** A record in another language than the reader's weighs less, before and after it is opened. */
export function readerLanguage(score: number, own: boolean): number {
  return own ? score : score * weights.otherLanguage;
}

/**
 * Two telling words next to each other in the query and in a record (`ログ ファイル` in `ログファイルが空`)
 * are worth the lighter of the two once more: Pagefind scores no phrases.
 */
export function adjacentPairs(words: QueryWord[], wordWeights: Map<string, number>, content: string): number {
  const text = compact(content);
  let bonus = 0;
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    const [wa, wb] = [wordWeights.get(a.text), wordWeights.get(b.text)];
    if (a.stop || b.stop || wa === undefined || wb === undefined) continue;
    if (text.includes(compact(a.text + b.text))) bonus += Math.min(wa, wb);
  }
  return bonus;
}

/**
 * A module an English product word names (`workflow` → `wfserver`), or whose name in the reader's
 * language (`가져오기`) or id (`import`, or a compound it begins: `compoundOwner`) is a word of the query,
 * gets the query's most telling word once more.
 */
export function namedModule(module: string, content: string, named: Set<string>, queryText: string, top: number) {
  const label = compact(decodeEntryText(content).label);
  const id = module.toLowerCase();
  const byWord = named.has(id) ? top : 0;
  const byName = (label.length >= 2 && queryText.includes(` ${label} `)) || queryText.includes(` ${id} `) ? top : 0;
  return (byWord + byName) * weights.namedModule;
}

/**
 * Returns the module a compound word begins with (`importjobbet` → `import`), of the modules `ids`: the id of
 * five letters or more that begins the word, unless another id shares a longer start with it (`trackinglogs`
 * is not `tracking` + `logs` when `trackinglogd` is a module).
 */
export function compoundOwner(word: string, ids: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w)) return undefined;
  const shared = (id: string) => {
    let n = 0;
    while (n < id.length && id[n] === w[n]) n++;
    return n;
  };
  const best = ids.map((id) => ({ id, n: shared(id.toLowerCase()) })).sort((a, b) => b.n - a.n)[0];
  if (!best || best.id.length < 5 || best.n !== best.id.length || w.length < best.id.length + 3) return undefined;
  return best.id;
}

/**
 * Returns true when the query quotes a sign's English text: every fixed part of it (the text between
 * `<placeholders>`, compacted) occurs in the query in order. A pasted log line quotes its message.
 */
export function quotesSign(seen: string, query: string): boolean {
  const parts = fixedParts(seen);
  if (parts.join('').length < 6) return false;
  const text = compact(query);
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/** The fixed parts of a sign's English text, compacted: the text between placeholders and ellipses. */
function fixedParts(seen: string): string[] {
  return seen
    .split(/<[^>]*>|…|\.\.\./)
    .map(compact)
    .filter((p) => p.length > 0);
}

/**
 * Returns true when a sign's English text is a name made to be searched (`publicId`, `NmsTracking_Pointer`,
 * `dedupOpenPeriodMin`: an option, attribute or table name in mixed case or with an underscore) and the query
 * holds it as a word: such a name points at its sign as a token does, whatever else the query says.
 */
export function quotesName(seen: string, query: string): boolean {
  const name = /^[A-Za-z][A-Za-z0-9_]{5,}$/.test(seen) && (/[a-z][A-Z]/.test(seen) || seen.includes('_'));
  // As one word, in any letter case: `public id` is two ordinary words.
  return name && new RegExp(`(?:^|[^\\p{L}\\p{N}_])${seen}(?:$|[^\\p{L}\\p{N}_])`, 'iu').test(query);
}

/**
 * The bonus of a sign the query quotes, growing with the length of the text quoted: a whole message
 * says more than a one-word state (`Pending`), which other signs' texts may also hold.
 */
export function quotedSign(seen: string, query: string, top: number): number {
  if (!quotesSign(seen, query)) return 0;
  const length = fixedParts(seen).join('').length;
  return top * weights.quotedSign * Math.min(1, 0.25 + length / 24);
}
