/**
 * Rule `required-text`: every localized string is written, and is text. A missing or blank string would
 * render as an empty cell in one language; a number or list is usually YAML reading unquoted text.
 */
import { quote } from '../finding.ts';
import type { FieldRule } from './rule.ts';

/** Reports a string that is missing, blank or not text (lists are `phrase-list`'s). */
export const requiredText: FieldRule = {
  name: 'required-text',
  target: 'field',
  check(value, at) {
    if (at.kind === 'list' || (typeof value === 'string' && value.trim() !== '')) return [];
    const fix = `write the ${at.locale} text for "${at.field}"`;
    if (value === undefined || value === null) return [{ message: 'the text is missing', fix }];
    if (typeof value === 'string') return [{ message: `the text is empty (got ${JSON.stringify(value)})`, fix }];
    return [
      { message: `not text (got ${quote(value)})`, fix: `${fix} (quote it if YAML reads it as a number or a list)` },
    ];
  },
};
