/**
 * UI strings through i18next: one JSON resource per locale, flat dotted keys. The zh-TW file is
 * the type of all others (a unit test proves every locale has every key and the same placeholders).
 */
import i18next, { type TOptions } from 'i18next';
import { fileFinding, FindingError } from '../content/finding.ts';
import { contentRules } from '../content/rules/index.ts';
import type { UiFile } from '../content/rules/rule.ts';
import { toFinding, uiProblems } from '../content/rules/run.ts';
import { localeCodes, type LocaleCode } from '../locales.ts';
import zhTW from './zh-TW.json';

/** The UI string files, found by convention: `src/i18n/<locale code>.json`. */
const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

/**
 * Returns every locale's strings, checked by the rules of the UI strings (`ui-keys`, and the field and text
 * rules on each string): a missing file, a missing, extra or empty key stops the build, naming every one.
 */
export function checkResources(found: Record<string, Record<string, string>>): Record<LocaleCode, typeof zhTW> {
  const files = new Map<LocaleCode, UiFile>(
    localeCodes.map((l) => [l, { file: `src/i18n/${l}.json`, strings: found[`./${l}.json`] }]),
  );
  const problems = uiProblems(files, contentRules);
  if (problems.length > 0) throw new FindingError(problems.map((p) => toFinding(p, { file: '-', entry: 'ui' })));
  return Object.fromEntries(localeCodes.map((l) => [l, found[`./${l}.json`]])) as Record<LocaleCode, typeof zhTW>;
}

/** The resources of every locale, typed by the zh-TW file. */
export const resources = checkResources(files);

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

/** Strings without options, by locale and key, once looked up. */
const memo: Partial<Record<LocaleCode, Map<string, string>>> = {};

/** A `{{name}}` placeholder, as i18next writes them. */
const placeholder = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills a plain template the way i18next does with `escapeValue: false`, or returns undefined when
 * i18next must decide: plural or context options, a placeholder without a text or number value.
 */
function fill(template: string, options: TOptions): string | undefined {
  if ('count' in options || 'context' in options || 'lng' in options || template.includes('$t(')) return undefined;
  let missing = false;
  const filled = template.replace(placeholder, (_, name: string) => {
    const value: unknown = options[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    missing = true;
    return '';
  });
  return missing ? undefined : filled;
}

/**
 * Returns the translate function of a locale. Pages call it tens of thousands of times in a large
 * build, and i18next's lookup costs about 20 µs a call: a string without options is looked up once
 * per locale, and a plain template is filled here; plurals and anything unusual go to i18next.
 */
export function useTranslations(locale: LocaleCode): (key: UiKey, options?: TOptions) => string {
  const t = instance.getFixedT(locale);
  const strings = resources[locale] as Record<string, string>;
  const known = (memo[locale] ??= new Map());
  return (key, options) => {
    if (!options) {
      const cached = known.get(key);
      if (cached !== undefined) return cached;
    }
    const template = Object.hasOwn(strings, key) ? strings[key] : undefined;
    const value = (template !== undefined && options && fill(template, options)) || t(key, options ?? {});
    // A missing key must never reach a reader as its raw name.
    if (value === key) {
      const file = `src/i18n/${locale}.json`;
      const more = { entry: 'ui', field: key, locale };
      throw new FindingError([
        fileFinding(file, 'ui-keys', 'the UI string is missing', 'add it to every locale file', more),
      ]);
    }
    if (!options) known.set(key, value);
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
