/**
 * Rule `inline-syntax`: strings of inline fields use only the two constructs of `src/lib/inline.ts`
 * (`code` and [text](page#anchor)); anything else would render wrongly or not at all.
 */
import { InlineSyntaxError, parseInline } from '../../lib/inline.ts';
import type { FieldRule } from './rule.ts';

/** Reports inline markup the parser refuses, in the parser's words (they say what to write instead). */
export const inlineSyntax: FieldRule = {
  name: 'inline-syntax',
  target: 'field',
  check(value, at) {
    if (at.kind !== 'inline' || typeof value !== 'string') return [];
    try {
      parseInline(value);
      return [];
    } catch (error) {
      if (!(error instanceof InlineSyntaxError)) throw error;
      return [{ message: error.message, fix: 'correct the markup as described' }];
    }
  },
};
