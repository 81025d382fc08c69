/**
 * Rule `module-id-typo`: a code token that is a bare word a few edits from a module id (`sylogd`, `trakcing`)
 * is a misspelled module id: module names are `nlserver` commands and are copied as they are.
 */
import { misspelledModuleId } from '../module-names.ts';
import type { LintTextRule } from './rule.ts';

/** Reports a code token near a module id, repaired to the id. */
export const moduleIdTypo: LintTextRule = {
  name: 'module-id-typo',
  target: 'text',
  find(text, at) {
    if (!at.code || !/^[A-Za-z][A-Za-z0-9]*$/.test(text)) return [];
    const near = misspelledModuleId(text, at.terms.moduleIds)?.id;
    return near
      ? [
          {
            index: 0,
            found: text,
            message: `code token "${text}" looks like a misspelled module id`,
            fix: `write "${near}"`,
            replacement: near,
          },
        ]
      : [];
  },
};
