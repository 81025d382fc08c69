/**
 * Typo forgiveness: a Latin word that matches nothing is searched as the closest word of the records found
 * by its first letters (1 edit, 2 from eight letters; short words only to module ids, never to stop words).
 */
import { allowedEdits, editDistance } from '../lib/edit-distance.ts';
import { isStopWord } from './stop-words.ts';
import type { SearchFn } from './types.ts';

/** Words shorter than this are corrected to module ids only. */
const minWordLength = 6;

/** How many records of one prefix are read for candidate words. */
const maxRecords = 30;

/** Returns the word of the index that `word` most likely stands for, or undefined. */
export async function correctWord(search: SearchFn, word: string, locale: string): Promise<string | undefined> {
  // A short word is too close to too many words: it is corrected only to a module id.
  const idsOnly = word.length < minWordLength;
  const max = allowedEdits(word);
  // The first letters are usually right, and a longer prefix finds fewer, closer records; when the
  // first letters are wrong, the first two swapped often are.
  const prefixes = [
    ...new Set([
      word.slice(0, Math.min(6, word.length - 2)),
      word.slice(0, 4),
      word.slice(0, 3),
      word.slice(0, 2),
      `${word[1] ?? ''}${word[0] ?? ''}`,
    ]),
  ];
  for (const prefix of prefixes.filter((p) => p.length >= 2)) {
    const found = (await search(prefix)).slice(0, maxRecords);
    const records = await Promise.all(found.map((r) => r.data()));
    const candidates = new Map<string, { d: number; id: boolean; n: number }>();
    const consider = (candidate: string, id: boolean) => {
      const seen = candidates.get(candidate);
      if (seen) {
        seen.n++;
        seen.id ||= id;
        return;
      }
      const d = editDistance(word, candidate, max);
      if (d <= max && d > 0 && (id || !idsOnly) && !isStopWord(candidate, locale))
        candidates.set(candidate, { d, id, n: 1 });
    };
    for (const r of records) {
      if (r.meta['module']) consider(r.meta['module'].toLowerCase(), true);
      for (const w of r.content.toLowerCase().match(/[\p{Script=Latin}]{3,}/gu) ?? []) consider(w, false);
    }
    // Closest first; then a module id; then the word met most often.
    const best = [...candidates].sort(([, a], [, b]) => a.d - b.d || Number(b.id) - Number(a.id) || b.n - a.n)[0]?.[0];
    if (best) return best;
  }
  return undefined;
}
