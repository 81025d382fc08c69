/**
 * Schema of the signs of a module (`content/signs/<module id>.yaml`): what an operator sees (a state, a
 * message, a log line, command output) verbatim in English, what it means, how to check it and what to
 * do, in every locale, and the Adobe page it comes from. Checks run in `superRefine` so each message
 * names the file, the module, the sign, the field and the locale.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../locales.ts';
import { quote } from './finding.ts';
import { factSources } from './facts-schema.ts';
import type { LocalizedField } from './localized.ts';
import { contentRules } from './rules/index.ts';
import type { Problem } from './rules/rule.ts';
import { addIssues, valueProblems, type RuleList, type RuleProblem } from './rules/run.ts';

/** What sort of thing a sign is; each has a label `sign.kind.<kind>` in the UI strings. */
export const signKinds = ['state', 'message', 'log', 'output', 'page', 'behaviour'] as const;
export type SignKind = (typeof signKinds)[number];

/** The localized fields of a sign, in the order the page shows them. */
export const signFields = {
  /** Adobe's localized label for the same text, where Adobe's localized console or docs show one. Plain. */
  label: { kind: 'plain', optional: true },
  /** What the sign means, one or two sentences. Inline `code` allowed. */
  meaning: { kind: 'inline' },
  /** What to do, one or two sentences. Inline `code` allowed. */
  action: { kind: 'inline' },
} as const satisfies Record<string, LocalizedField>;
export type SignFieldName = keyof typeof signFields;

/** A sign id: kebab-case ASCII; the anchor is `<module>--<id>`, kept forever. */
const signIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An Adobe page, as its path under `help/` in AdobeDocs/campaign-classic.en. */
const adobePagePattern = /^[a-z0-9-]+\/using\/[a-z0-9-]+\.md$/;

/** A string in every locale (zod's enum-keyed record requires each key). */
const localized = z.record(z.enum(localeCodes), z.string());

/** The typed sign, once checked. */
const signValues = z.object({
  id: z.string(),
  kind: z.enum(signKinds),
  seen: z.string(),
  label: localized.optional(),
  meaning: localized,
  action: localized,
  check: z.object({ command: z.string(), source: z.enum(factSources).default('listed') }).optional(),
  from: z.string(),
  source: z.enum(factSources),
});

const known = new Set(['id', 'kind', 'seen', 'label', 'meaning', 'action', 'check', 'from', 'source']);

/** Checks the language-neutral fields of one sign; `fail` reports against a field. */
function checkNeutral(
  s: Record<string, unknown>,
  module: string,
  fail: (field: string, p: string, f: string) => void,
): void {
  if (typeof s['id'] !== 'string' || !signIdPattern.test(s['id']))
    fail(
      'id',
      `${quote(s['id'])} is not a sign id`,
      'write lowercase ASCII words joined by "-", such as "start-pending"',
    );
  if (!(signKinds as readonly unknown[]).includes(s['kind']))
    fail('kind', `${quote(s['kind'])} is not a kind of sign`, `use one of ${signKinds.join(', ')}`);
  const seen = s['seen'];
  if (typeof seen !== 'string' || seen.trim() === '' || seen !== seen.trim() || /[\n`]/.test(seen))
    fail('seen', `${quote(seen)} is not one line of text`, 'quote the English text exactly as Adobe shows it');
  if (typeof s['from'] !== 'string' || !adobePagePattern.test(s['from']))
    fail(
      'from',
      `${quote(s['from'])} is not an Adobe page`,
      'write its path under help/, such as "production/using/log-files.md"',
    );
  if (!(factSources as readonly unknown[]).includes(s['source']))
    fail('source', `${quote(s['source'])} is not a source`, `write ${factSources.join(' or ')}`);
  for (const key of Object.keys(s).filter((k) => !known.has(k)))
    fail(key, `unknown field ${quote(key)}`, `remove or rename it; the fields are ${[...known].join(', ')}`);
  const check = s['check'];
  if (check === undefined) return;
  const command = typeof check === 'object' && check !== null ? (check as Record<string, unknown>)['command'] : check;
  if (typeof command !== 'string' || !/^nlserver\s/.test(command) || /[\n`]/.test(command))
    fail('check', `${quote(command)} is not an nlserver command`, 'write one nlserver command line, or remove "check"');
  // A command copied from another module's sign would act on the wrong process.
  else if (/@|\b(start|stop|restart)\s+\w/.test(command) && !new RegExp(`\\b${module}\\b`).test(command))
    fail('check', `the command ${quote(command)} does not name the module ${quote(module)}`, `write it for ${module}`);
}

/**
 * Returns the problems of one sign as written: its language-neutral fields, then every locale of every
 * localized field through the build's field and text rules (missing text, markup, mojibake, invisible
 * characters), each placed at its field and locale.
 */
export function signProblems(
  s: Record<string, unknown>,
  module: string,
  rules: RuleList = contentRules,
  more: Record<string, unknown> = {},
): RuleProblem[] {
  const out: RuleProblem[] = [];
  checkNeutral(s, module, (field, message, fix) => out.push({ message, fix, path: [field], rule: 'sign-fields' }));
  for (const [field, spec] of Object.entries(signFields) as [SignFieldName, LocalizedField][]) {
    const record = s[field];
    if (record === undefined && spec.optional) continue;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      const fix = `write "${field}:" followed by the keys ${localeCodes.join(', ')}`;
      out.push({
        message: `expected one entry per locale, got ${quote(record)}`,
        fix,
        path: [field],
        rule: 'sign-fields',
      });
      continue;
    }
    for (const key of Object.keys(record).filter((k) => !(localeCodes as string[]).includes(k)))
      out.push({
        message: `"${key}" is not a published locale`,
        fix: `use one of ${localeCodes.join(', ')}`,
        path: [field, key],
        locale: key,
        rule: 'sign-fields',
      });
    for (const locale of localeCodes) {
      const at = { locale, entry: module, field, kind: spec.kind };
      for (const p of valueProblems((record as Record<string, unknown>)[locale], at, rules, { ...more, module }))
        out.push({ ...p, path: [field, locale, ...(p.path ?? [])], locale, field });
    }
  }
  return out;
}

/** The entry a sign's findings name: its module and its id (`mta › start-pending`). */
export const signEntryName = (module: string, id: unknown) => `${module} › ${String(id)}`;

/** Schema of one sign of a module's file; `module` is the module id the file is named after. */
export function signSchema(file: string, module: string) {
  return z
    .record(z.string(), z.unknown())
    .superRefine((s, ctx) => addIssues(ctx, signProblems(s, module), { file, entry: signEntryName(module, s['id']) }))
    .transform((s) => ({ module, ...signValues.parse(s) }));
}
export type SignEntry = z.output<ReturnType<typeof signSchema>>;

/** Checks a whole file: a list of signs with distinct ids and distinct `seen` texts. */
export function signListProblems(module: string, list: unknown): (Problem & { rule: string })[] {
  const rule = 'sign-fields';
  if (!Array.isArray(list))
    return [
      { message: `expected a list of signs, got ${quote(list)}`, fix: 'write one "- id: …" item per sign', rule },
    ];
  const problems: (Problem & { rule: string })[] = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const s of list as Record<string, unknown>[]) {
    const id = String(s?.['id']);
    const entry = signEntryName(module, id);
    if (ids.has(id))
      problems.push({ message: `the sign id ${quote(id)} is used twice`, fix: 'rename one', field: 'id', entry, rule });
    const text = String(s?.['seen']).toLowerCase();
    if (seen.has(text))
      problems.push({
        message: `${quote(s?.['seen'])} is quoted by two signs`,
        fix: 'merge them',
        field: 'seen',
        entry,
        rule,
      });
    ids.add(id);
    seen.add(text);
  }
  return problems;
}

/**
 * The shape of a checked sign as the collection stores it (the files are checked by `signSchema` first), with
 * its place in its file: Astro's store orders entries by id, and a module's page shows them in file order.
 */
export const signEntrySchema = signValues.extend({ module: z.string(), position: z.number() });
