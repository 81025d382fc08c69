/**
 * Runs a list of rules on what a caller has: a string, a localized value, a module entry, the module page,
 * the MDX pages, the UI strings. The schema and the site loader pass the build's list (`contentRules`),
 * `lint:content` and `import:exl` the longer list of the tools; both walk the content the same way here, so a
 * rule runs once per value whoever calls it.
 */
import { parseInline } from '../../lib/inline.ts';
import type { LocaleCode } from '../../locales.ts';
import { formatFinding, type Finding } from '../finding.ts';
import { localizedSpots } from '../localized.ts';
import { modulePageSpots } from '../module-page.ts';
import type { References } from '../references.ts';
import type { ContentRule, Defect, FieldAt, PageSource, Problem, TextAt, TextRule, UiFile } from './rule.ts';

/** Any rule: the build's list holds `ContentRule`s, the tools add rules of their own targets. */
export type AnyRule = { name: string; target: string };
/** A list of rules as callers pass it: the build's, or the tools' longer one. */
export type RuleList = readonly (ContentRule | AnyRule)[];
/** A problem with the name of the rule that found it. */
export type RuleProblem = Problem & { rule: string };
/** A defect with the name of the rule that found it. */
export type RuleDefect = Defect & { rule: string };

/** The rules of each target, by list: callers run a list on hundreds of thousands of values. */
const byTarget = new WeakMap<RuleList, Map<string, readonly AnyRule[]>>();

/** Returns the rules of one target, in list order, typed as such. */
export function rulesFor<T extends ContentRule['target']>(
  rules: RuleList,
  target: T,
): Extract<ContentRule, { target: T }>[] {
  let targets = byTarget.get(rules);
  if (!targets) byTarget.set(rules, (targets = new Map<string, readonly AnyRule[]>()));
  let list = targets.get(target);
  if (!list) targets.set(target, (list = rules.filter((r) => r.target === target)));
  return list as Extract<ContentRule, { target: T }>[];
}

/**
 * Runs the text rules on one string. One stretch of damage is one defect: a defect overlapping one that an
 * earlier rule of the list found is dropped (`xtk activeren:session` is a damaged token, not also a colon
 * inside a word). Returns the defects in text order.
 */
export function findDefects<At extends TextAt>(text: string, at: At, rules: RuleList): RuleDefect[] {
  const out: RuleDefect[] = [];
  // The tools' text rules read more than `TextAt` (their termbases); their callers pass it in `at`.
  for (const rule of rulesFor(rules, 'text') as TextRule<At>[]) {
    for (const d of rule.find(text, at)) {
      const end = d.index + Math.max(1, d.found.length);
      if (out.some((o) => d.index < o.index + Math.max(1, o.found.length) && o.index < end)) continue;
      out.push({ ...d, rule: rule.name });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.index - b.index) : out;
}

/** Applies the certain repairs among `defects` to `text` (overlapping ones are skipped). */
export function applyRepairs(text: string, defects: readonly Defect[]): string {
  let out = '';
  let at = 0;
  for (const d of [...defects].sort((a, b) => a.index - b.index)) {
    if (d.replacement === undefined || d.index < at) continue;
    out += text.slice(at, d.index) + d.replacement;
    at = d.index + d.found.length;
  }
  return out + text.slice(at);
}

/** Returns the pieces of a string the text rules read: inline strings split into prose and code tokens. */
export function textPieces(value: string, kind: FieldAt['kind']): { text: string; code: boolean }[] {
  if (kind !== 'inline') return [{ text: value, code: false }];
  try {
    return parseInline(value).flatMap((n) =>
      n.type === 'link'
        ? n.children.map((c) => ({ text: c.value, code: c.type === 'code' }))
        : [{ text: n.value, code: n.type === 'code' }],
    );
  } catch {
    return []; // `inline-syntax` reports the markup; its text is read once it parses.
  }
}

/**
 * Runs the field rules on one localized value, then the text rules on its text (each phrase of a list as
 * plain text). `more` completes what the text rules of the tools read (their termbases). Paths are relative
 * to the value.
 */
export function valueProblems(
  value: unknown,
  at: FieldAt,
  rules: RuleList,
  more: { module?: string } & Record<string, unknown> = {},
): RuleProblem[] {
  // Loops, not chains of flatMap: the build runs this on every localized value of every module.
  const out: RuleProblem[] = [];
  for (const rule of rulesFor(rules, 'field'))
    for (const p of rule.check(value, at)) out.push({ ...p, rule: rule.name });
  if (at.kind === 'list' && Array.isArray(value)) {
    const itemAt: FieldAt = { ...at, kind: 'plain' };
    value.forEach((item, i) => {
      for (const p of valueProblems(item, itemAt, rules, more)) out.push({ ...p, path: [i, ...(p.path ?? [])] });
    });
  } else if (typeof value === 'string') {
    for (const piece of textPieces(value, at.kind)) {
      const textAt = { ...more, locale: at.locale, code: piece.code, field: at.field };
      for (const d of findDefects(piece.text, textAt, rules))
        out.push({ message: d.message, fix: d.fix, rule: d.rule });
    }
  }
  return out;
}

/** Runs the rules on every entry of the module collection together (ids across entries). */
export function modulesProblems(entries: readonly unknown[], rules: RuleList): RuleProblem[] {
  return rulesFor(rules, 'modules').flatMap((rule) => rule.check(entries).map((p) => ({ ...p, rule: rule.name })));
}

/** Runs the module rules and, on each localized value, the field and text rules. Paths are from the entry. */
export function moduleProblems(
  entry: Record<string, unknown>,
  refs: References | undefined,
  rules: RuleList,
  more: Record<string, unknown> = {},
): RuleProblem[] {
  const entryId = typeof entry['id'] === 'string' ? entry['id'] : '';
  const own = rulesFor(rules, 'module').flatMap((rule) =>
    rule.check(entry, refs).map((p) => ({ ...p, rule: rule.name })),
  );
  const values = localizedSpots(entry).flatMap((s) => {
    const at: FieldAt = {
      locale: s.locale,
      entry: entryId,
      field: s.field,
      kind: s.kind,
      ...(s.minItems ? { minItems: s.minItems } : {}),
    };
    return valueProblems(s.value, at, rules, { ...more, module: entryId }).map((p) => ({
      ...p,
      path: [...s.path, ...(p.path ?? [])],
      locale: s.locale,
    }));
  });
  return [...own, ...values];
}

/** Runs the module page rules and, on each localized value, the field and text rules. Paths are from the page. */
export function modulePageProblems(
  page: Record<string, unknown>,
  rules: RuleList,
  more: Record<string, unknown> = {},
): RuleProblem[] {
  const entry = typeof page['id'] === 'string' ? page['id'] : '-';
  const own = rulesFor(rules, 'modulePage').flatMap((rule) => rule.check(page).map((p) => ({ ...p, rule: rule.name })));
  const values = modulePageSpots(page).flatMap((s) =>
    valueProblems(s.value, { locale: s.locale, entry, field: s.field, kind: s.kind }, rules, more).map((p) => ({
      ...p,
      path: [...s.path, ...(p.path ?? [])],
      field: s.field,
      locale: s.locale,
    })),
  );
  return [...own, ...values];
}

/** Runs the rules on the MDX pages together. */
export function pagesProblems(
  pages: readonly PageSource[],
  refs: References | undefined,
  rules: RuleList,
): RuleProblem[] {
  return rulesFor(rules, 'pages').flatMap((rule) => rule.check(pages, refs).map((p) => ({ ...p, rule: rule.name })));
}

/** Runs the UI rules on the files of every locale and, on each string, the field and text rules. */
export function uiProblems(
  files: ReadonlyMap<LocaleCode, UiFile>,
  rules: RuleList,
  more: Record<string, unknown> = {},
): RuleProblem[] {
  const own = rulesFor(rules, 'ui').flatMap((rule) => rule.check(files).map((p) => ({ ...p, rule: rule.name })));
  const values = [...files].flatMap(([locale, { file, strings }]) =>
    Object.entries(strings ?? {}).flatMap(([key, value]) =>
      valueProblems(value, { locale, entry: 'ui', field: key, kind: 'text' }, rules, more).map((p) => ({
        ...p,
        file,
        entry: 'ui',
        field: key,
        locale,
      })),
    ),
  );
  return [...own, ...values];
}

/**
 * Places a problem in a file as a finding: `entry`, `field` (the first step of its path unless it names one)
 * and `locale` come from the problem where it knows them, else from `where`.
 */
export function toFinding(p: RuleProblem, where: { file: string; entry: string; line?: number }): Finding {
  const first = p.path?.find((step) => typeof step === 'string');
  return {
    file: p.file ?? where.file,
    ...(where.line === undefined ? {} : { line: where.line }),
    entry: p.entry ?? where.entry,
    field: p.field ?? first ?? '-',
    locale: p.locale ?? '-',
    severity: p.severity ?? 'error',
    message: p.message,
    fix: p.fix,
    rule: p.rule,
  };
}

/** The refinement context of a zod schema, as the schemas pass it. */
type IssueSink = {
  addIssue: (issue: {
    code: 'custom';
    message: string;
    path: (string | number)[];
    params: { finding: Finding };
  }) => void;
};

/**
 * Adds problems to a zod refinement, each as an issue whose message is the formatted finding (what the build
 * prints) and which carries the finding itself. The schema sees data, not the file, so findings have no line.
 */
export function addIssues(
  ctx: IssueSink,
  problems: readonly RuleProblem[],
  where: { file: string; entry: string },
): void {
  for (const p of problems) {
    const finding = toFinding(p, where);
    ctx.addIssue({ code: 'custom', message: formatFinding(finding), path: p.path ?? [], params: { finding } });
  }
}
