import { describe, expect, test } from 'vitest';
import { xtkSession } from '../../../../../tools/qa/rules/xtk-session.ts';

const find = (text: string) => xtkSession.find(text, { locale: 'nl', code: false });

describe('the xtk-session rule', () => {
  test('reports each damaged form of the token, repaired to xtk:session', () => {
    expect(find('een xtk activeren:session typefout')).toEqual([
      {
        index: 4,
        found: 'xtk activeren:session',
        message: 'damaged code token "xtk activeren:session" (the word "activeren" inserted into it)',
        fix: 'write the token exactly as `xtk:session`',
        replacement: 'xtk:session',
      },
    ]);
    expect(find('xtk：session').map((d) => d.message)).toEqual([
      'damaged code token "xtk：session" (a full-width colon "：")',
    ]);
    expect(find('xtk:sessie').map((d) => d.message)).toEqual([
      'damaged code token "xtk:sessie" ("session" translated as "sessie")',
    ]);
  });

  test('accepts the token as it is, also followed directly by CJK text, and other xtk schemas', () => {
    expect(find('xtk:session類型錯誤 and xtk:workflow')).toEqual([]);
  });
});
