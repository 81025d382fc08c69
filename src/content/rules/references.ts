/**
 * Rule `references`: everything a module entry points to exists — the pages and anchors its strings link
 * to in every locale, the pages of its related facts, and the modules its relations name. All of them are
 * resolved against the one set of references built per run (`../references.ts`).
 */
import { linkTargets } from '../../lib/inline.ts';
import { everyModule, readFacts } from '../facts-schema.ts';
import { localizedSpots } from '../localized.ts';
import { resolveModule, resolvePage, type References, type Unresolved } from '../references.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Returns the problems of the links in the entry's inline strings (invalid markup is `inline-syntax`'s). */
function linkProblems(entry: Record<string, unknown>, refs: References): Problem[] {
  return localizedSpots(entry).flatMap(({ value, kind, path, locale }) => {
    if (kind !== 'inline' || typeof value !== 'string') return [];
    let targets: ReturnType<typeof linkTargets>;
    try {
      targets = linkTargets(value);
    } catch {
      return [];
    }
    return targets.flatMap(({ page, anchor }) => {
      const why = resolvePage(refs, page, anchor);
      return why ? [{ ...why, path, locale }] : [];
    });
  });
}

/** Returns the problems of the related pages and relation targets of the entry's facts. */
function factProblems(entry: Record<string, unknown>, refs: References): Problem[] {
  const facts = readFacts(entry['facts']);
  if (!facts) return [];
  const at = (why: Unresolved, list: string, i: number, leaf: string): Problem[] =>
    why ? [{ ...why, path: ['facts', list, i, leaf], field: `facts.${list}[${i}]` }] : [];
  return [
    ...facts.related.flatMap((r, i) =>
      at(resolvePage(refs, r.page, r.anchor), 'related', i, r.anchor && refs.pages.has(r.page) ? 'anchor' : 'page'),
    ),
    ...facts.relations.flatMap((r, i) =>
      r.to === undefined || r.to === everyModule || r.to === entry['id']
        ? []
        : at(resolveModule(refs, r.to), 'relations', i, 'to'),
    ),
  ];
}

/** Reports each link, related page or anchor, and relation target that resolves to nothing. */
export const references: ModuleRule = {
  name: 'references',
  target: 'module',
  check: (entry, refs) => (refs ? [...linkProblems(entry, refs), ...factProblems(entry, refs)] : []),
};
