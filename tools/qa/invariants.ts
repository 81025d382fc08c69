/**
 * The invariants of a string that must survive translation unchanged: code tokens, link targets and
 * numbers. Wording legitimately differs between languages (and word order with it), so these
 * are compared as multisets: the importer compares upstream rows with ours, and the linter
 * compares the five locales of one entry.
 */
import { codeTokens, linkTargets, parseInline } from '../../src/lib/inline.ts';

/** Code tokens, link targets (`page#anchor`) and numbers outside code tokens (code is compared whole), each sorted. */
export type Invariants = { code: string[]; links: string[]; numbers: string[] };

/**
 * Numbers of two or more digits: ports, sizes, permissions. Single digits are counts that one
 * language writes as a digit (3 つ) and another as a word (tre kontroller).
 */
const numberPattern = /(?<![\d.])\d{2,}(?![\d])/g;

/** Returns the numbers of two or more digits in a text. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(numberPattern)].map((m) => m[0]);
}

/** Returns the facts of a collection string written in the inline syntax (`code`, [text](target)). */
export function inlineInvariants(source: string): Invariants {
  const links = linkTargets(source).map(({ page, anchor }) => (anchor ? `${page}#${anchor}` : page));
  // Numbers are read from the words only: a code token is compared whole.
  const words = parseInline(source).flatMap((n) => (n.type === 'link' ? n.children : [n]));
  const numbers = words.flatMap((n) => (n.type === 'text' ? numbersIn(n.value) : []));
  return { code: codeTokens(source).sort(), links: links.sort(), numbers: numbers.sort() };
}

/** Returns what `actual` has more of and less of than `expected`, per kind of fact (multiset difference). */
export function invariantsDiff(
  expected: Invariants,
  actual: Invariants,
): { kind: keyof Invariants; extra: string[]; missing: string[] }[] {
  const out: { kind: keyof Invariants; extra: string[]; missing: string[] }[] = [];
  for (const kind of ['code', 'links', 'numbers'] as const) {
    const extra = multisetMinus(actual[kind], expected[kind]);
    const missing = multisetMinus(expected[kind], actual[kind]);
    if (extra.length > 0 || missing.length > 0) out.push({ kind, extra, missing });
  }
  return out;
}

/** Returns the items of `a` left after removing one occurrence per item of `b`. */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}
