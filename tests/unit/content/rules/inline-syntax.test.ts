import { describe, expect, test } from 'vitest';
import { inlineSyntax } from '../../../../src/content/rules/inline-syntax.ts';
import { fieldAt } from './field-at.ts';

describe('the inline-syntax rule', () => {
  test('reports markup the inline parser refuses, in its words', () => {
    expect(inlineSyntax.check('een `xtk:session fout', fieldAt('inline'))).toEqual([
      {
        message:
          'unmatched backtick in "een `xtk:session fout"; wrap each code token in a pair of backticks, such as `xtk:session`',
        fix: 'correct the markup as described',
      },
    ]);
  });

  test('accepts code and links, and reads only inline fields', () => {
    expect(
      inlineSyntax.check('Port `6666`, see [ports](general-architecture#list-of-open-ports).', fieldAt('inline')),
    ).toEqual([]);
    expect(inlineSyntax.check('`a', fieldAt('plain'))).toEqual([]);
  });
});
