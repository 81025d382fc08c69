import { describe, expect, test } from 'vitest';
import { localeKeys } from '../../../../src/content/rules/locale-keys.ts';
import { all } from '../fixtures.ts';

describe('the locale-keys rule', () => {
  test('reports a localized field that is not a map of locales, and an unknown locale key', () => {
    const entry = { id: 'mta', scope: 'Delivers mail.', troubleshooting: { ...all('x'), 'zh-tw': 'x', fr: 'x' } };
    expect(localeKeys.check(entry, undefined)).toEqual([
      {
        message: 'expected one entry per locale, got "Delivers mail."',
        fix: 'write "scope:" followed by the keys zh-TW, ja, sv, ko, nl',
        path: ['scope'],
      },
      {
        message: '"zh-tw" is not a published locale',
        fix: 'rename the key to "zh-TW"',
        path: ['troubleshooting', 'zh-tw'],
        locale: 'zh-tw',
      },
      expect.objectContaining({ fix: 'use one of zh-TW, ja, sv, ko, nl or remove the entry', locale: 'fr' }),
      expect.objectContaining({ message: 'expected one entry per locale, got nothing', path: ['symptoms'] }),
    ]);
  });

  test('accepts an optional field left out', () => {
    expect(localeKeys.check({ scope: all('x'), troubleshooting: all('x'), symptoms: all([]) }, undefined)).toEqual([]);
  });
});
