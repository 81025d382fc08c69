import { describe, expect, test } from 'vitest';
import { plainText } from '../../../../src/content/rules/plain-text.ts';
import { fieldAt } from './field-at.ts';

describe('the plain-text rule', () => {
  test('reports backticks, brackets and tags in a plain string', () => {
    for (const text of ['`메일`', '[x](y)', '<b>x</b>'])
      expect(plainText.check(text, fieldAt('plain')).map((p) => p.message)).toEqual([
        `the text ${JSON.stringify(text)} contains markup`,
      ]);
  });

  test('accepts words, and reads only plain fields', () => {
    expect(plainText.check('メール転送エージェント (MTA)', fieldAt('plain'))).toEqual([]);
    expect(plainText.check('`6666`', fieldAt('inline'))).toEqual([]);
  });
});
