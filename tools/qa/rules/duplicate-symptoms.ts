/**
 * Rule `duplicate-symptoms`: a symptom phrase belongs to one module per locale. Search ranks modules by the
 * phrases a reader types; the same phrase under two modules makes the first result a coin toss, so each
 * duplicate is an error at its second occurrence.
 */
import { isScalar, isSeq } from 'yaml';
import { localeCodes } from '../../../src/locales.ts';
import { nodeLine } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** Compares symptoms the way a reader's search would: case, width, spacing and end punctuation aside. */
export function symptomKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** Reports every symptom phrase listed under an earlier module of the same locale. */
export const duplicateSymptoms: LintContentRule = {
  name: 'duplicate-symptoms',
  target: 'content',
  check({ modules }) {
    if (!modules) return [];
    return localeCodes.flatMap((locale) => {
      const seen = new Map<string, { id: string; line: number }>();
      return modules.entries.flatMap(({ node, id }) => {
        const list = node.getIn(['symptoms', locale], true);
        if (!isSeq(list)) return [];
        return list.items.flatMap((item) => {
          if (!isScalar(item) || typeof item.value !== 'string') return [];
          const key = symptomKey(item.value);
          const first = seen.get(key);
          const line = nodeLine(modules.counter, item);
          if (!first) seen.set(key, { id, line });
          if (!first || first.id === id) return [];
          return [
            {
              file: modules.file,
              line,
              entry: id,
              field: 'symptoms',
              locale,
              severity: 'error' as const,
              message:
                `"${item.value}" is also a symptom of ${first.id} (line ${first.line}), so search cannot tell the ` +
                `two apart`,
              fix:
                `name what only ${id} explains (its port, command, file or behaviour), or keep the phrase under ` +
                `one module`,
            },
          ];
        });
      });
    });
  },
};
