/** Matching words of the termbases and labels in text: whole words in Latin script, their case kept in repairs. */

/** Escapes text for a regular expression. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Returns the pattern of a word's start in Latin script: not inside another word, first letter in either case. */
export function wordStart(word: string): RegExp {
  const first = word[0] ?? '';
  return new RegExp(`(?<![\\p{L}\\p{N}])[${first.toUpperCase()}${first.toLowerCase()}]${escape(word.slice(1))}`, 'gu');
}

/** Returns `term` with the case of the first letter of `found` (`Operatorn` → `Operatören`). */
export function inCaseOf(found: string, term: string): string {
  const upper = found[0] !== undefined && found[0] !== found[0].toLowerCase();
  return upper ? term[0]!.toUpperCase() + term.slice(1) : term[0]!.toLowerCase() + term.slice(1);
}
