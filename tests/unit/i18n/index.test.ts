import { describe, expect, test } from 'vitest';
import i18next from 'i18next';
import { resources, useTranslations, type UiKey } from '../../../src/i18n/index.ts';
import { localeCodes } from '../../../src/locales.ts';

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

describe('useTranslations() fast path', () => {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(localeCodes.map((l) => [l, { translation: resources[l] }])),
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  const values = { language: 'Svenska', query: 'a & <b>', module: 'inMail', from: 'export', to: 'web', pages: 3 };
  test.each(localeCodes)('returns what i18next returns for every %s string', (locale) => {
    const t = useTranslations(locale);
    const reference = instance.getFixedT(locale);
    for (const raw of Object.keys(resources[locale])) {
      const key = raw.replace(/_(one|other)$/, '') as UiKey;
      const options = raw === key ? values : { ...values, count: 2 };
      expect.soft(t(key, options), `${locale} ${key}`).toBe(reference(key, options));
      if (raw !== key) continue;
      expect.soft(t(key), `${locale} ${key}`).toBe(reference(key));
      expect.soft(t(key), `${locale} ${key} a second time`).toBe(reference(key));
    }
  });
});
