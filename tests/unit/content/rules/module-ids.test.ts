import { describe, expect, test } from 'vitest';
import { moduleIds } from '../../../../src/content/rules/module-ids.ts';

describe('the module-ids rule', () => {
  test('reports an entry without an id, by its place in the file', () => {
    expect(moduleIds.check([{ id: 'web' }, { scope: {} }])).toEqual([
      {
        message: 'the id is missing (got nothing)',
        fix: 'add "id:" with the literal nlserver module name',
        path: [1, 'id'],
        entry: '#2',
      },
    ]);
  });

  test('reports an id or former id an earlier entry has, letter case aside', () => {
    const found = moduleIds.check([{ id: 'inMail' }, { id: 'mta', aliases: ['INMAIL'] }, { id: 'Web' }, { id: 'web' }]);
    expect(found.map((p) => [p.entry, p.field, p.path])).toEqual([
      ['mta', 'aliases', [1, 'aliases']],
      ['web', 'id', [3, 'id']],
    ]);
    expect(found[0]!.message).toMatch(/^"INMAIL" is used by modules #1 and #2 \(the id of #1, a former id of #2;/);
  });

  test('accepts an entry whose former id is its id in another case', () => {
    expect(moduleIds.check([{ id: 'inMail', aliases: ['inmail'] }])).toEqual([]);
  });
});
