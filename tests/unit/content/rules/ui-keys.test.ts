import { describe, expect, test } from 'vitest';
import type { UiFile } from '../../../../src/content/rules/rule.ts';
import { uiKeys } from '../../../../src/content/rules/ui-keys.ts';
import { localeCodes, type LocaleCode } from '../../../../src/locales.ts';

/** UI string files of every locale with the keys of zh-TW, changed for some locales. */
const files = (changes: Partial<Record<LocaleCode, Record<string, unknown> | undefined>> = {}) =>
  new Map<LocaleCode, UiFile>(
    localeCodes.map((l) => [
      l,
      { file: `src/i18n/${l}.json`, strings: l in changes ? changes[l] : { 'a.b': 'x', 'c.d': 'y' } },
    ]),
  );

describe('the ui-keys rule', () => {
  test('accepts every locale with exactly the keys of the first', () => {
    expect(uiKeys.check(files())).toEqual([]);
  });

  test('reports a missing file, a key a locale lacks, and a key the first locale does not have', () => {
    const found = uiKeys.check(
      files({ ja: undefined, sv: { 'a.b': 'x' }, nl: { 'a.b': 'x', 'c.d': 'y', 'e.f': 'z' } }),
    );
    expect(found.map((p) => [p.file, p.field ?? '-', p.message])).toEqual([
      ['src/i18n/ja.json', '-', 'the file is missing'],
      ['src/i18n/sv.json', 'c.d', 'the key "c.d" is missing'],
      ['src/i18n/nl.json', 'e.f', 'the key "e.f" is not in src/i18n/zh-TW.json'],
    ]);
  });
});
