/**
 * Rule `export-slip`: the English source says "this export" in the troubleshooting cell of the `import`
 * module, and every translation copies it. The words are the collection's own: the `export` module's label
 * in the locale is the slip, the `import` module's label the fix (content/modules.yaml).
 */
import { localeByCode } from '../../../src/locales.ts';
import { escape, inCaseOf, wordStart } from '../term-match.ts';
import type { LintTextRule } from './rule.ts';

/** Reports the export module's label in the import module's troubleshooting text, repaired to the import label. */
export const exportSlip: LintTextRule = {
  name: 'export-slip',
  target: 'text',
  find(text, at) {
    if (at.code || at.module !== 'import' || at.field !== 'troubleshooting') return [];
    const [slip, word] = [at.terms.labels.get('export')?.[at.locale], at.terms.labels.get('import')?.[at.locale]];
    if (!slip || !word) return [];
    const latin = localeByCode(at.locale).script === 'latin';
    // In Latin script the label begins a word, in either case and any inflection (Exporten); elsewhere it is
    // matched as written.
    const pattern = latin ? wordStart(slip) : new RegExp(escape(slip), 'gu');
    return [...text.matchAll(pattern)].map((m) => {
      const replacement = latin ? inCaseOf(m[0], word) : word;
      return {
        index: m.index,
        found: m[0],
        message:
          `the import row says "${m[0]}" (export) where it means import: a slip of the English source ("this ` +
          `export") that the translation copied`,
        fix: `write "${replacement}"`,
        replacement,
      };
    });
  },
};
