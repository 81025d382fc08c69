/**
 * Rule `parity`: the facts of one text are the same in every locale — code tokens, links, multi-digit numbers
 * and anchors of the module strings, the module page's intro, each MDX page and each UI string (placeholders).
 * Only the words around them are translated. Facts are compared as multisets, since word order differs
 * between languages, and against what most locales have (ties go to the locale listed first).
 */
import type { Finding } from '../../../src/content/finding.ts';
import { localizedSpots } from '../../../src/content/localized.ts';
import { modulePageSpots } from '../../../src/content/module-page.ts';
import { localeCodes, type LocaleCode } from '../../../src/locales.ts';
import type { LintContent } from '../content-model.ts';
import { multisetMinus } from '../invariants.ts';
import { inlineFacts, pageFacts, uiFacts, type LocatedFacts } from '../located-facts.ts';
import { lineAtPath, lineOfText } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** The facts of one text in each locale, with the file and line they come from. */
type ByLocale = Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>;
type Report = Omit<Finding, 'rule'>;

const kinds = ['code', 'links', 'numbers', 'anchors'] as const;
const names = { code: 'code tokens', links: 'links', numbers: 'numbers', anchors: 'anchors' } as const;
const plain = (f: LocatedFacts) => Object.fromEntries(kinds.map((k) => [k, f[k].map((x) => x.value).sort()]));
const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
const both = (...parts: string[]) => parts.filter(Boolean).join(', ');

/** Returns the findings of the locales whose facts differ from the reference (what most locales have). */
export function compareLocales(byLocale: ByLocale, entry: string, field: string): Report[] {
  if (byLocale.size < 2) return [];
  const key = (f: LocatedFacts) => JSON.stringify(plain(f));
  const counts = new Map<string, number>();
  for (const { facts } of byLocale.values()) counts.set(key(facts), (counts.get(key(facts)) ?? 0) + 1);
  const ordered = localeCodes.filter((l) => byLocale.has(l)).map((l) => [l, byLocale.get(l)!] as const);
  const [refLocale, reference] = ordered.reduce((best, cur) =>
    counts.get(key(cur[1].facts))! > counts.get(key(best[1].facts))! ? cur : best,
  );
  const ref = plain(reference.facts);
  const out: Report[] = [];
  for (const [locale, { file, line, facts }] of ordered) {
    if (locale === refLocale) continue;
    const mine = plain(facts);
    for (const kind of kinds) {
      const extra = multisetMinus(mine[kind]!, ref[kind]!);
      const missing = multisetMinus(ref[kind]!, mine[kind]!);
      if (extra.length === 0 && missing.length === 0) continue;
      const same = JSON.stringify(ref[kind]);
      const others = ordered.filter(([l, v]) => l !== locale && JSON.stringify(plain(v.facts)[kind]) === same);
      const at = extra.length ? (facts[kind].find((x) => x.value === extra[0])?.line ?? line) : line;
      const refLine = missing.length ? reference.facts[kind].find((x) => x.value === missing[0])?.line : undefined;
      const has = extra.length ? `has ${list(extra)}` : '';
      const lacks = missing.length ? `lacks ${list(missing)}${refLine ? ` (${refLocale} line ${refLine})` : ''}` : '';
      out.push({
        file,
        line: at,
        entry,
        field,
        locale,
        severity: 'error',
        message: `${names[kind]} differ from ${others.map(([l]) => l).join(', ')}: ${both(has, lacks)}`,
        fix: `make the ${names[kind]} of every locale the same; only the words around them are translated`,
      });
    }
  }
  return out;
}

/** Returns the facts of an inline string, or undefined when its markup is invalid (`inline-syntax` reports it). */
function tryFacts(...args: Parameters<typeof inlineFacts>): LocatedFacts | undefined {
  try {
    return inlineFacts(...args);
  } catch {
    return undefined;
  }
}

/** Compares the inline strings of each module entry, field by field. */
function moduleParity(c: LintContent): Report[] {
  if (!c.modules) return [];
  const { file, counter, entries } = c.modules;
  return entries.flatMap(({ node, value, id }) => {
    const byField = new Map<string, ByLocale>();
    for (const s of localizedSpots(value)) {
      if (s.kind !== 'inline' || typeof s.value !== 'string') continue;
      const line = lineAtPath(counter, node, s.path);
      const facts = tryFacts(s.value, line, { locale: s.locale, module: id, field: s.field }, c.repair);
      if (!byField.has(s.field)) byField.set(s.field, new Map());
      if (facts) byField.get(s.field)!.set(s.locale, { file, line, facts });
    }
    return [...byField].flatMap(([field, byLocale]) => compareLocales(byLocale, id, field));
  });
}

/** Compares the module page's intro across locales. */
function introParity(c: LintContent): Report[] {
  if (!c.modulePage) return [];
  const { file, counter, node, value, id } = c.modulePage;
  const byLocale: ByLocale = new Map();
  for (const s of modulePageSpots(value)) {
    if (s.field !== 'intro' || typeof s.value !== 'string') continue;
    const line = lineAtPath(counter, node, s.path);
    const facts = tryFacts(s.value, line, { locale: s.locale, field: s.field }, c.repair);
    if (facts) byLocale.set(s.locale, { file, line, facts });
  }
  return compareLocales(byLocale, id, 'intro');
}

/** Compares each MDX page across locales. */
function pageParity(c: LintContent): Report[] {
  const bySlug = new Map<string, ByLocale>();
  for (const page of c.pages) {
    if (!page.locale) continue;
    if (!bySlug.has(page.slug)) bySlug.set(page.slug, new Map());
    bySlug
      .get(page.slug)!
      .set(page.locale, { file: page.file, line: 1, facts: pageFacts(page, page.locale, c.repair) });
  }
  return [...bySlug].flatMap(([slug, byLocale]) => compareLocales(byLocale, slug, 'body'));
}

/** Compares each UI string of the first locale's keys across locales. */
function uiParity(c: LintContent): Report[] {
  const keys = Object.keys(c.ui.get(localeCodes[0])?.strings ?? {});
  return keys.flatMap((key) => {
    const byLocale: ByLocale = new Map();
    for (const [locale, { file, text, strings }] of c.ui) {
      const value = strings?.[key];
      const line = lineOfText(text, `"${key}"`);
      if (typeof value === 'string') byLocale.set(locale, { file, line, facts: uiFacts(value, line) });
    }
    return compareLocales(byLocale, 'ui', key);
  });
}

/** Reports, per text and kind of fact, each locale whose facts differ from the others'. */
export const parity: LintContentRule = {
  name: 'parity',
  target: 'content',
  check: (c) => [...moduleParity(c), ...introParity(c), ...pageParity(c), ...uiParity(c)],
};
