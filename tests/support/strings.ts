/** The UI strings as a reader sees them, and text as a reader reads it, for the tests of both runners. */
import type { HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { localeCodes, type LocaleCode } from '../../src/locales.ts';

/** The UI strings of each locale, read by convention from `src/i18n/<locale>.json`. */
export const ui = Object.fromEntries(
  localeCodes.map((l) => [l, JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]),
) as Record<LocaleCode, Record<string, string>>;

/** Returns a UI string of a locale, or throws naming the missing key. */
export function label(locale: LocaleCode, key: string): string {
  const value = ui[locale][key];
  if (value === undefined) throw new Error(`src/i18n/${locale}.json has no "${key}"`);
  return value;
}

/** The text of an element with its white space collapsed, as `toHaveText` compares it. */
export const textOf = (element: HTMLElement | null | undefined): string =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();
