/**
 * Rule `phrase-list`: a list field (symptoms) holds enough phrases in every locale, each once. Search
 * matches a reader's words against them, so one phrase is too few and a repeated one adds nothing.
 */
import { quote } from '../finding.ts';
import type { FieldRule, Problem } from './rule.ts';

/** Reports a list that is missing or too short, and a phrase listed twice (at its second place). */
export const phraseList: FieldRule = {
  name: 'phrase-list',
  target: 'field',
  check(value, at) {
    if (at.kind !== 'list') return [];
    const min = at.minItems ?? 1;
    if (!Array.isArray(value) || value.length < min) {
      return [
        {
          message: `expected a list of at least ${min} phrases, got ${quote(value)}`,
          fix: `add ${min} or more "${at.locale}" phrases under "${at.field}" of ${at.entry}`,
        },
      ];
    }
    const seen = new Set<string>();
    const out: Problem[] = [];
    value.forEach((phrase: unknown, i) => {
      const key = String(phrase).trim().toLowerCase();
      if (seen.has(key))
        out.push({ message: `the phrase ${quote(phrase)} is listed twice`, fix: 'remove the duplicate', path: [i] });
      seen.add(key);
    });
    return out;
  },
};
