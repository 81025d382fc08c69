/**
 * Rule `module-ids`: every module has an id, and no two modules share one, letter case aside, nor a
 * former id: fragments like `#inmail` and short links reach entries ignoring case, and Astro's file
 * loader would silently keep only the last of two entries with the same id.
 */
import { quote } from '../finding.ts';
import type { ModulesRule, Problem } from './rule.ts';

/** Reports an entry without an id, and each id or former id that an earlier entry already uses. */
export const moduleIds: ModulesRule = {
  name: 'module-ids',
  target: 'modules',
  check(entries) {
    const out: Problem[] = [];
    const owner = new Map<string, { index: number; field: string }>();
    entries.forEach((item, i) => {
      const entry = item as { id?: unknown; aliases?: unknown } | null;
      const id = entry?.id;
      if (typeof id !== 'string' || id === '') {
        out.push({
          message: `the id is missing (got ${quote(id)})`,
          fix: 'add "id:" with the literal nlserver module name',
          path: [i, 'id'],
          entry: `#${i + 1}`,
        });
        return;
      }
      const aliases = Array.isArray(entry?.aliases) ? entry.aliases.filter((a) => typeof a === 'string') : [];
      for (const [name, field] of [[id, 'id'], ...aliases.map((a: string) => [a, 'aliases'])] as [string, string][]) {
        const before = owner.get(name.toLowerCase());
        if (before !== undefined && before.index !== i) {
          const role = (f: string, n: number) => `${f === 'id' ? 'the id' : 'a former id'} of #${n}`;
          out.push({
            message:
              `${quote(name)} is used by modules #${before.index + 1} and #${i + 1} ` +
              `(${role(before.field, before.index + 1)}, ${role(field, i + 1)}; ids and former ids are compared ` +
              `ignoring letter case, as fragments like #inmail reach them)`,
            fix: 'merge the two entries or give one its correct module name',
            path: [i, field],
            entry: id,
            field,
          });
        }
        if (before === undefined) owner.set(name.toLowerCase(), { index: i, field });
      }
    });
    return out;
  },
};
