/**
 * Symptoms that tell modules apart: the same phrase under two modules of one locale makes the first
 * search result a coin toss, so each duplicate is reported as an error at its second occurrence.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { localeCodes } from '../../src/locales.ts';
import type { Sink } from './findings.ts';

/** Compares symptoms the way a reader's search would: case, width, spacing and end punctuation aside. */
export function symptomKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** Reports every symptom phrase listed under more than one module in the same locale. */
export function lintDuplicateSymptoms(report: Sink, file: string, text: string): void {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return;
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? counter.linePos(range[0]).line : 1;
  };
  for (const locale of localeCodes) {
    const seen = new Map<string, { id: string; line: number }>();
    const entries = (doc.contents as { items: unknown[] }).items.filter((item): item is YAMLMap => isMap(item));
    for (const entry of entries) {
      const idNode: unknown = entry.get('id');
      const id = typeof idNode === 'string' ? idNode : '';
      const list = entry.getIn(['symptoms', locale], true);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        if (!isScalar(item) || typeof item.value !== 'string') continue;
        const key = symptomKey(item.value);
        const first = seen.get(key);
        if (first && first.id !== id) {
          report({
            file,
            line: lineOf(item),
            entry: id,
            field: 'symptoms',
            locale,
            problem:
              `"${item.value}" is also a symptom of ${first.id} (line ${first.line}), so search cannot ` +
              `tell the two apart`,
            fix:
              `name what only ${id} explains (its port, command, file or behaviour), or keep the phrase under ` +
              `one module`,
          });
        } else if (!first) {
          seen.set(key, { id, line: lineOf(item) });
        }
      }
    }
  }
}
