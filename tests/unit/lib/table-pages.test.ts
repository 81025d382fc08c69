import { describe, expect, test } from 'vitest';
import {
  entryPageMap,
  maxPages,
  pageForFragment,
  rowsPerPage,
  sectionsOf,
  singlePageLimit,
  splitTable,
} from '../../../src/lib/table-pages.ts';
import { shippedModuleIds } from '../content/fixtures.ts';

const ids = (n: number, prefix = 'mta') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(5, '0')}` }));
const real = shippedModuleIds;

describe('splitTable()', () => {
  test('keeps a collection of up to singlePageLimit modules on one page, in file order', () => {
    const layout = splitTable(real.map((id) => ({ id })));
    expect(layout.pages).toHaveLength(1);
    expect(layout.pages[0]?.ids).toEqual(real);
    expect(singlePageLimit).toBe(real.length);
  });

  test('splits a larger collection into alphabetical pages of rowsPerPage, ignoring letter case', () => {
    const modules = [...ids(30), { id: 'Alpha' }, { id: 'beta' }];
    const layout = splitTable(modules);
    expect(layout.pages).toHaveLength(Math.ceil(32 / rowsPerPage));
    expect(layout.pages[0]?.ids.slice(0, 2)).toEqual(['Alpha', 'beta']);
    expect(layout.pages.flatMap((p) => p.ids).sort()).toEqual(modules.map((m) => m.id).sort());
    expect(layout.pages.every((p) => p.ids.length <= rowsPerPage)).toBe(true);
    expect(layout.pages.at(-1)?.last).toBe('mta00029');
  });

  test('groups pages into about √pages sections that cover every page once', () => {
    const layout = splitTable(ids(1000));
    const sections = layout.sections;
    const size = Math.ceil(Math.sqrt(layout.pages.length));
    expect(sections.length).toBe(Math.ceil(layout.pages.length / size));
    expect(sections.length).toBeLessThanOrEqual(size);
    expect(sections[0]?.first).toBe(1);
    expect(sections.at(-1)?.last).toBe(layout.pages.length);
    sections.slice(1).forEach((s, i) => expect(s.first).toBe(sections[i]!.last + 1));
  });

  test('stops, naming the limit and the fix, when the navigation cannot show every page', () => {
    expect(() => splitTable(ids(12), 1, 0)).not.toThrow();
    expect(() => splitTable(ids(maxPages + 1), 1, 0)).toThrow(/maxPages = 10000\)\. Fix: raise maxPages/);
  });
});

describe('sectionsOf()', () => {
  test('returns one section for one page', () => {
    expect(sectionsOf([{ number: 1, ids: ['a'], first: 'a', last: 'a' }])).toEqual([
      { first: 1, last: 1, from: 'a', to: 'a' },
    ]);
  });
});

describe('entryPageMap() and pageForFragment()', () => {
  const modules = [...ids(100), { id: 'inMail', aliases: ['mailin'] }];
  const layout = splitTable(modules);
  const map = entryPageMap(layout, modules);

  test('hold one start per page after the first, and the former ids', () => {
    expect(map.starts).toHaveLength(layout.pages.length - 1);
    expect(map.aliases).toEqual({ mailin: layout.pageOf.get('inmail') });
  });

  test('find the page of every id, in any letter case', () => {
    for (const m of modules) {
      expect(pageForFragment(map, m.id), m.id).toBe(layout.pageOf.get(m.id.toLowerCase()));
      expect(pageForFragment(map, m.id.toUpperCase()), m.id).toBe(layout.pageOf.get(m.id.toLowerCase()));
    }
  });

  test('find the page of a former id', () => {
    expect(pageForFragment(map, 'MailIn')).toBe(layout.pageOf.get('inmail'));
  });

  test('are empty for a table on one page, which sends every fragment to page 1', () => {
    const one = entryPageMap(splitTable(real.map((id) => ({ id }))), []);
    expect(one).toEqual({ starts: [], aliases: {} });
    expect(pageForFragment(one, 'web')).toBe(1);
  });
});
