/**
 * Rule `termbase`: our text uses each locale's terms, not the variants machine translation put in their
 * place (ko 연산자 for the operator who schedules a job, sv "Markera den här modulen", nl "haven 6666"). The
 * words are data, one termbase per locale (`content/terms/<locale code>.yaml`, read by `../terms.ts`).
 */
import { localeByCode, type LocaleCode } from '../../../src/locales.ts';
import type { Defect } from '../../../src/content/rules/rule.ts';
import { escape, inCaseOf, wordStart } from '../term-match.ts';
import type { ForbiddenVariant, Termbase } from '../terms.ts';
import type { LintTextRule } from './rule.ts';

/**
 * What may follow a variant for it to match: `<number>` is a number, with or without a backtick; a word follows
 * after a space in Latin script, and right after or after one space elsewhere (CJK text runs words together).
 */
const follower = (w: string, latin: boolean) =>
  w === '<number>' ? '\\s*`?\\d' : `${latin ? ' ' : '\\s?'}${escape(w)}`;

/**
 * Returns the pattern of a variant. In Latin script it is a whole word whose first letter may be either case;
 * elsewhere it is matched as written (CJK and Hangul run words together).
 */
export function variantPattern(v: ForbiddenVariant, locale: LocaleCode): RegExp {
  const latin = localeByCode(locale).script === 'latin';
  const head = latin ? wordStart(v.variant).source : escape(v.variant);
  let tail = latin ? '(?![\\p{L}\\p{N}])' : '';
  if (v.followedBy.length > 0) tail = `(?=${v.followedBy.map((w) => follower(w, latin)).join('|')})`;
  return new RegExp(head + tail, 'gu');
}

/** Returns whether the match at `index` is part of one of the longer words where the variant is right. */
function allowedAt(text: string, index: number, found: string, allowedIn: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return allowedIn.some((word) => {
    const w = word.toLowerCase();
    for (let at = w.indexOf(found.toLowerCase()); at !== -1; at = w.indexOf(found.toLowerCase(), at + 1))
      if (index - at >= 0 && lower.startsWith(w, index - at)) return true;
    return false;
  });
}

/** The fix of a variant, naming the term to use when the termbase's fix does not. */
const fixOf = (v: ForbiddenVariant, term: string) => (v.fix.includes(term) ? v.fix : `${v.fix} (the term: ${term})`);

/** Compiled patterns per termbase, built on first use. */
const compiled = new WeakMap<Termbase, { pattern: RegExp; variant: ForbiddenVariant; term: string }[]>();

/** Reports each forbidden variant of the locale's termbase, repaired to the term. */
export const termbase: LintTextRule = {
  name: 'termbase',
  target: 'text',
  find(text, at) {
    const base = at.terms.termbases.get(at.locale);
    if (at.code || !base) return [];
    if (!compiled.has(base))
      compiled.set(
        base,
        base.concepts.flatMap((c) =>
          c.forbidden.map((v) => ({ pattern: variantPattern(v, at.locale), variant: v, term: c.term })),
        ),
      );
    const latin = localeByCode(at.locale).script === 'latin';
    return compiled.get(base)!.flatMap(({ pattern, variant, term }): Defect[] =>
      [...text.matchAll(pattern)]
        .filter((m) => !allowedAt(text, m.index, m[0], variant.allowedIn))
        .map((m) => ({
          index: m.index,
          found: m[0],
          message: `"${m[0]}" ${variant.reason}`,
          fix: fixOf(variant, term),
          replacement: latin ? inCaseOf(m[0], term) : term,
        })),
    );
  },
};
