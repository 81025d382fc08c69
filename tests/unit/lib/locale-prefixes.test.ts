import { describe, expect, test } from 'vitest';
import { canonicalLocalePath, localePrefixes } from '../../../src/lib/locale-prefixes.ts';
import { locales } from '../../../src/locales.ts';
import { typedPrefixCases, untouchedPaths } from '../../support/typed-prefixes.ts';

describe('canonicalLocalePath()', () => {
  test.each(typedPrefixCases)('sends %s to %s', (typed, canonical) => {
    const url = new URL(typed, 'http://localhost');
    expect(`${canonicalLocalePath(url.pathname)}${url.search}`).toBe(canonical);
  });

  test.each(untouchedPaths)('leaves %s alone', (path) => {
    expect(canonicalLocalePath(path)).toBeUndefined();
  });
});

describe('localePrefixes()', () => {
  test("lists each locale's own path first, and no spelling under two locales", () => {
    const all = [...localePrefixes()];
    for (const [locale, prefixes] of all) expect(prefixes[0], locale.code).toBe(locale.path);
    const spellings = all.flatMap(([, prefixes]) => prefixes);
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(all.map(([l]) => l)).toEqual([...locales]);
  });
});
