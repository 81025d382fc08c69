/** The UI strings as a reader sees them, and text as a reader reads it, for the tests of both runners. */
import type { HTMLElement } from 'node-html-parser';
import resourcesZhTW from '../../src/i18n/zh-TW.json' with { type: 'json' };
import resourcesJa from '../../src/i18n/ja.json' with { type: 'json' };
import resourcesSv from '../../src/i18n/sv.json' with { type: 'json' };
import resourcesKo from '../../src/i18n/ko.json' with { type: 'json' };
import resourcesNl from '../../src/i18n/nl.json' with { type: 'json' };
import type { LocaleCode } from '../../src/locales.ts';

/** The UI strings of each locale. */
export const ui: Record<LocaleCode, Record<string, string>> = {
  'zh-TW': resourcesZhTW,
  ja: resourcesJa,
  sv: resourcesSv,
  ko: resourcesKo,
  nl: resourcesNl,
};

/** Returns a UI string of a locale, or throws naming the missing key. */
export function label(locale: LocaleCode, key: string): string {
  const value = ui[locale][key];
  if (value === undefined) throw new Error(`src/i18n/${locale}.json has no "${key}"`);
  return value;
}

/** The text of an element with its white space collapsed, as `toHaveText` compares it. */
export const textOf = (element: HTMLElement | null | undefined): string =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();
