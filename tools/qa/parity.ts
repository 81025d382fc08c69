/**
 * Checks one string for damage (mojibake, invisible characters, broken do-not-translate tokens) and
 * compares the invariants of one entry across locales (code tokens, links, numbers, anchors).
 */
import { parseInline } from '../../src/lib/inline.ts';
import { localeCodes, type LocaleCode } from '../../src/locales.ts';
import type { LintFinding, Sink } from './findings.ts';
import { multisetMinus, numbersIn, type Invariants } from './invariants.ts';
import { misspelledModuleId } from './module-names.ts';
import { findTextDefects, repairText, type TextContext } from './translation-defects.ts';

/** A located fact: its value and the line it is on. */
export type Located = { value: string; line: number };
export type LocatedInvariants = Record<keyof Invariants | 'anchors', Located[]>;
/** The facts of one text in each locale, with the file and line they come from. */
export type LocaleFacts = Map<LocaleCode, { file: string; line: number; facts: LocatedInvariants }>;

export const emptyInvariants = (): LocatedInvariants => ({ code: [], links: [], numbers: [], anchors: [] });

/** Returns the module id a code token misspells (`sylogd`), if it is a bare word near one. */
function misspelledId(token: string, ids: readonly string[]): string | undefined {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(token) ? misspelledModuleId(token, ids)?.id : undefined;
}

/** Returns the defects of a code token: the text defects in code mode, and a misspelled module id. */
export function codeDefects(
  token: string,
  locale: LocaleCode,
  ids: readonly string[],
): { problem: string; fix: string }[] {
  const near = misspelledId(token, ids);
  return [
    ...findTextDefects(token, locale, {}, true),
    ...(near ? [{ problem: `code token "${token}" looks like a misspelled module id`, fix: `write "${near}"` }] : []),
  ];
}

/** Returns a code token as it should be, so that a defect already reported is not reported again as a difference. */
export function repairCode(token: string, locale: LocaleCode, ids: readonly string[]): string {
  return misspelledId(token, ids) ?? repairText(token, locale, {}, true);
}

/**
 * Checks one string: not empty, no mojibake, invisible characters, damaged tokens or
 * machine-translation artefacts. `inline` strings are split so code tokens get the code rules.
 */
export function checkText(
  report: Sink,
  at: Omit<LintFinding, 'severity' | 'problem' | 'fix'>,
  value: unknown,
  locale: LocaleCode,
  inline: boolean,
  context: TextContext = {},
  ids: readonly string[] = [],
): void {
  if (typeof value !== 'string' || value.trim() === '') {
    let problem = `not text (got ${JSON.stringify(value)})`;
    if (value === undefined || value === null) problem = 'the text is missing';
    else if (typeof value === 'string') problem = `the text is empty (got ${JSON.stringify(value)})`;
    report({
      ...at,
      problem,
      fix:
        `write the ${locale} ` +
        `text${typeof value === 'string' || value == null ? '' : ' (quote it if YAML reads it as a number or a list)'}`,
    });
    return;
  }
  let parts: { text: string; code: boolean }[] = [{ text: value, code: false }];
  if (inline) {
    try {
      parts = parseInline(value).flatMap((n) =>
        n.type === 'link'
          ? n.children.map((c) => ({ text: c.value, code: c.type === 'code' }))
          : [{ text: n.value, code: n.type === 'code' }],
      );
    } catch (error) {
      report({
        ...at,
        problem: `invalid inline markup: ${(error as Error).message}`,
        fix: 'correct the markup as described',
      });
      return;
    }
  }
  for (const part of parts) {
    for (const d of part.code ? codeDefects(part.text, locale, ids) : findTextDefects(part.text, locale, context))
      report({ ...at, problem: d.problem, fix: d.fix });
  }
}

/** Returns the facts of a string with its known defects repaired, so that one defect gives one finding. */
export function repairedInvariants(
  value: string,
  locale: LocaleCode,
  line: number,
  context: TextContext,
  ids: readonly string[],
): LocatedInvariants {
  const facts = emptyInvariants();
  const add = (kind: keyof LocatedInvariants, v: string) => facts[kind].push({ value: v, line });
  for (const n of parseInline(value)) {
    if (n.type === 'text') numbersIn(repairText(n.value, locale, context)).forEach((x) => add('numbers', x));
    else if (n.type === 'code') {
      add('code', repairCode(n.value, locale, ids));
    } else {
      add('links', n.anchor ? `${n.page}#${n.anchor}` : n.page);
      for (const c of n.children) {
        if (c.type === 'code') add('code', repairCode(c.value, locale, ids));
        else numbersIn(repairText(c.value, locale, context)).forEach((x) => add('numbers', x));
      }
    }
  }
  return facts;
}

/**
 * Reports the locales whose facts differ from what most locales have (ties go to the locale
 * listed first). Invariants are compared as multisets: word order legitimately differs.
 */
export function checkParity(report: Sink, byLocale: LocaleFacts, entry: string, field: string): void {
  if (byLocale.size < 2) return;
  const kinds = ['code', 'links', 'numbers', 'anchors'] as const;
  const plain = (f: LocatedInvariants) =>
    Object.fromEntries(kinds.map((k) => [k, f[k].map((x) => x.value).sort()])) as Invariants & { anchors: string[] };
  const key = (f: LocatedInvariants) => JSON.stringify(plain(f));
  const counts = new Map<string, number>();
  for (const { facts } of byLocale.values()) counts.set(key(facts), (counts.get(key(facts)) ?? 0) + 1);
  const ordered = localeCodes.filter((l) => byLocale.has(l)).map((l) => [l, byLocale.get(l)!] as const);
  const [referenceLocale, reference] = ordered.reduce((best, cur) =>
    counts.get(key(cur[1].facts))! > counts.get(key(best[1].facts))! ? cur : best,
  );
  const ref = plain(reference.facts);
  const names = { code: 'code tokens', links: 'links', numbers: 'numbers', anchors: 'anchors' } as const;
  for (const [locale, { file, line, facts }] of ordered) {
    if (locale === referenceLocale) continue;
    const mine = plain(facts);
    for (const kind of kinds) {
      const diff = { extra: multisetMinus(mine[kind], ref[kind]), missing: multisetMinus(ref[kind], mine[kind]) };
      if (diff.extra.length === 0 && diff.missing.length === 0) continue;
      const others = ordered
        .filter(([l, v]) => l !== locale && JSON.stringify(plain(v.facts)[kind]) === JSON.stringify(ref[kind]))
        .map(([l]) => l);
      const at = diff.extra.length ? (facts[kind].find((x) => x.value === diff.extra[0])?.line ?? line) : line;
      const refLine = diff.missing.length
        ? reference.facts[kind].find((x) => x.value === diff.missing[0])?.line
        : undefined;
      const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
      const has = diff.extra.length ? `has ${list(diff.extra)}` : '';
      const where = refLine ? ` (${referenceLocale} line ${refLine})` : '';
      const lacks = diff.missing.length ? `lacks ${list(diff.missing)}${where}` : '';
      report({
        file,
        line: at,
        entry,
        field,
        locale,
        problem: `${names[kind]} differ from ${others.join(', ')}: ${[has, lacks].filter(Boolean).join(', ')}`,
        fix: `make the ${names[kind]} of every locale the same; only the words around them are translated`,
      });
    }
  }
}
