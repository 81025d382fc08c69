/**
 * UI strings through i18next: one JSON resource per locale, flat dotted keys. The zh-TW file is
 * the type of all others (a unit test proves every locale has every key and the same placeholders).
 */
import i18next, { type TOptions } from 'i18next';
import { localeCodes, type LocaleCode } from '../locales.ts';
import ja from './ja.json';
import ko from './ko.json';
import nl from './nl.json';
import sv from './sv.json';
import zhTW from './zh-TW.json';

/** The resources of every locale, typed by the zh-TW file. */
export const resources: Record<LocaleCode, typeof zhTW> = { 'zh-TW': zhTW, ja, sv, ko, nl };

/** A key exactly as in the resource files, plural suffix included. */
export type RawKey = keyof typeof zhTW;
/** A UI string key; plural keys are named without their `_one`/`_other` suffix. */
export type UiKey = RawKey extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(localeCodes.map((l) => [l, { translation: resources[l] }])),
  lng: localeCodes[0],
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself; escaping here would double-escape quotes and ampersands.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Returns the translate function of a locale. */
export function useTranslations(locale: LocaleCode): (key: UiKey, options?: TOptions) => string {
  const t = instance.getFixedT(locale);
  return (key, options) => {
    const value = t(key, options ?? {});
    // A missing key must never reach a reader as its raw name.
    if (value === key)
      throw new Error(`src/i18n/${locale}.json: the UI string "${key}" is missing. Fix: add it to every locale file.`);
    return value;
  };
}

/**
 * Returns a locale's raw template for a key (placeholders unfilled, plural form chosen by its
 * suffix), for client code that fills it in the browser.
 */
export function uiTemplate(locale: LocaleCode, key: RawKey): string {
  return resources[locale][key];
}
