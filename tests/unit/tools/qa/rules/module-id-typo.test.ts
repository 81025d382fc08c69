import { describe, expect, test } from 'vitest';
import { moduleIdTypo } from '../../../../../tools/qa/rules/module-id-typo.ts';
import { shippedTerms } from '../shipped.ts';

const find = (text: string, code = true) => moduleIdTypo.find(text, { locale: 'ja', code, terms: shippedTerms });

describe('the module-id-typo rule', () => {
  test('reports a code token a few edits from a module id, repaired to the id', () => {
    expect(find('trakcing')).toEqual([
      {
        index: 0,
        found: 'trakcing',
        message: 'code token "trakcing" looks like a misspelled module id',
        fix: 'write "tracking"',
        replacement: 'tracking',
      },
    ]);
  });

  test('leaves ids, other tokens and prose alone', () => {
    expect([...find('tracking'), ...find('nlserver pdump'), ...find('stop'), ...find('trakcing', false)]).toEqual([]);
  });
});
