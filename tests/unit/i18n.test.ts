import { describe, expect, test } from 'vitest';
import { resources, useTranslations } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/locales.ts';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const base = resources['zh-TW'] as Record<string, string>;

describe('UI string resources', () => {
  test.each(localeCodes)('%s has exactly the keys of zh-TW', (locale) => {
    expect(Object.keys(resources[locale]).sort()).toEqual(Object.keys(base).sort());
  });

  test.each(localeCodes)('%s uses the same placeholders as zh-TW in every string', (locale) => {
    const strings = resources[locale] as Record<string, string>;
    for (const [key, value] of Object.entries(base)) {
      expect.soft(placeholders(strings[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(value));
    }
  });

  test.each(localeCodes)('%s has no empty string', (locale) => {
    for (const [key, value] of Object.entries(resources[locale]))
      expect.soft(value.trim(), `${locale} ${key}`).not.toBe('');
  });
});

describe('useTranslations()', () => {
  test('returns the string of the locale with placeholders filled', () => {
    expect(useTranslations('ja')('module.permalink', { module: 'inMail' })).toContain('inMail');
  });

  test('chooses the plural form', () => {
    const t = useTranslations('sv');
    expect(t('search.results', { count: 1 })).not.toBe(t('search.results', { count: 2 }));
  });
});
