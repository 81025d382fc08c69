import { describe, expect, test } from 'vitest';
import { requiredText } from '../../../../src/content/rules/required-text.ts';
import { fieldAt } from './field-at.ts';

const messages = (value: unknown) => requiredText.check(value, fieldAt('inline')).map((p) => `${p.message} — ${p.fix}`);

describe('the required-text rule', () => {
  test('reports a missing, blank or non-text string, saying what YAML did', () => {
    expect(messages(undefined)).toEqual(['the text is missing — write the ja text for "scope"']);
    expect(messages(' ')).toEqual(['the text is empty (got " ") — write the ja text for "scope"']);
    expect(messages(['a'])).toEqual([
      'not text (got ["a"] (a list)) — write the ja text for "scope" (quote it if YAML reads it as a number or a list)',
    ]);
  });

  test('accepts text, and leaves lists to phrase-list', () => {
    expect(messages('ログ')).toEqual([]);
    expect(requiredText.check(undefined, fieldAt('list'))).toEqual([]);
  });
});
