/**
 * Rule `snapshot-facts`: a module-table string adds no code token, link or number that no upstream locale
 * has in that row (content/upstream-snapshot.yaml): a statement the sources may not support. A warning, to
 * check against the facts sheet.
 */
import type { Finding } from '../../../src/content/finding.ts';
import { snapshotFields, type UpstreamSnapshot } from '../../../src/content/upstream-snapshot.ts';
import { localeCodes } from '../../../src/locales.ts';
import { inlineInvariants, type Invariants } from '../invariants.ts';
import { inlineFacts } from '../located-facts.ts';
import { lineAtPath } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** What each kind of fact is called in a finding. */
const kindName: Record<keyof Invariants, string> = { code: 'code token', links: 'link', numbers: 'number' };

/** Returns every code token, link and number that some upstream locale has in this row's column. */
function upstreamFacts(snapshot: UpstreamSnapshot, id: string, field: (typeof snapshotFields)[number]) {
  const all: Invariants = { code: [], links: [], numbers: [] };
  let any = false;
  for (const locale of localeCodes) {
    for (const text of [snapshot[locale]?.rows[id]?.[field], snapshot[locale]?.changed[id]?.[field]]) {
      if (text === undefined) continue;
      any = true;
      try {
        const facts = inlineInvariants(text);
        for (const kind of ['code', 'links', 'numbers'] as const) all[kind].push(...facts[kind]);
      } catch {
        // A snapshot text that is not valid inline syntax contributes nothing.
      }
    }
  }
  return any ? all : undefined;
}

/** Warns, per locale, about each fact of a module string that no upstream locale has in its row. */
export const snapshotFacts: LintContentRule = {
  name: 'snapshot-facts',
  target: 'content',
  check({ snapshot, modules, repair }) {
    if (!snapshot || !modules) return [];
    const out: Omit<Finding, 'rule'>[] = [];
    for (const { node, value, id } of modules.entries) {
      for (const field of snapshotFields) {
        const upstream = upstreamFacts(snapshot.data, id, field);
        const texts = value[field] as Record<string, unknown> | undefined;
        for (const locale of upstream ? localeCodes : []) {
          const text = texts?.[locale];
          if (typeof text !== 'string') continue;
          const line = lineAtPath(modules.counter, node, [field, locale]);
          let ours;
          try {
            ours = inlineFacts(text, line, { locale, module: id, field }, repair);
          } catch {
            continue; // Invalid markup is reported by `inline-syntax`.
          }
          for (const kind of ['code', 'links', 'numbers'] as const)
            for (const fact of ours[kind].filter((f) => !upstream![kind].includes(f.value)))
              out.push({
                file: modules.file,
                line,
                entry: id,
                field,
                locale,
                severity: 'warning',
                message: `adds the ${kindName[kind]} "${fact.value}", which no upstream locale has in this row`,
                fix:
                  'check it against the facts sheet: remove it if no source supports it, or move the detail to ' +
                  'the runbook facts or a page',
              });
        }
      }
    }
    return out;
  },
};
