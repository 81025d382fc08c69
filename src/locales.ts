/**
 * The published locales, declared once. Everything else (routes, hreflang, the language switcher,
 * the search index, schema records, UI strings, stop words and vocabulary, the importer's language
 * tags and script check, the lints, test matrices) is derived from this list or checked against it.
 * Adding a locale is one entry here plus that locale's strings and content (README, "Add a locale").
 */

/** The writing system of a locale, as the importer and the search text rules need it. */
export type Script = 'han' | 'kana' | 'hangul' | 'latin';

/** One published locale. */
export type LocaleDeclaration = {
  /** BCP 47 tag as used in `<html lang>`, the content collection and the UI string file name (`zh-TW`). */
  code: string;
  /** URL path segment, lowercase (`zh-tw`). */
  path: string;
  /** The language's own name, as a label (language picker). */
  name: string;
  /** How the language writes its own name inside a sentence (Swedish lowercases it: "svenska"). */
  inText: string;
  /** Adobe's language code in Experience League URLs (`zh-hant`). */
  exl: string;
  /** Other tags Adobe uses for the locale: repository suffixes (`campaign-classic.ja-JP`), file names. */
  exlAliases: readonly string[];
  /** The script its text is written in: the importer checks a file's text against it. */
  script: Script;
  /** Letters that tell this Latin-script language from the others (the importer's script check). */
  letters?: string;
  /**
   * Other path prefixes readers type for the locale, beyond its code, path and Adobe's tags (all answered in
   * any letter case, `_` for `-`, by a redirect to `path`): the bare language (`zh`), the country (`jp`).
   */
  typed?: readonly string[];
};

export const locales = [
  {
    code: 'zh-TW',
    path: 'zh-tw',
    name: '繁體中文',
    inText: '繁體中文',
    exl: 'zh-hant',
    exlAliases: ['zh-Hant-TW', 'zh-Hant'],
    script: 'han',
    typed: ['zh', 'tw'],
  },
  {
    code: 'ja',
    path: 'ja',
    name: '日本語',
    inText: '日本語',
    exl: 'ja',
    exlAliases: ['ja-JP'],
    script: 'kana',
    typed: ['jp'],
  },
  {
    code: 'sv',
    path: 'sv',
    name: 'Svenska',
    inText: 'svenska',
    exl: 'sv',
    exlAliases: ['sv-SE'],
    script: 'latin',
    letters: 'åäöÅÄÖ',
    typed: ['se'],
  },
  {
    code: 'ko',
    path: 'ko',
    name: '한국어',
    inText: '한국어',
    exl: 'ko',
    exlAliases: ['ko-KR'],
    script: 'hangul',
    typed: ['kr'],
  },
  {
    code: 'nl',
    path: 'nl',
    name: 'Nederlands',
    inText: 'Nederlands',
    exl: 'nl',
    exlAliases: ['nl-NL'],
    script: 'latin',
  },
] as const satisfies readonly LocaleDeclaration[];

export type Locale = (typeof locales)[number];
/** A BCP 47 locale code as used in `<html lang>` and in the content collection (`zh-TW`). */
export type LocaleCode = Locale['code'];

/** Every locale code, in display order. */
export const localeCodes = locales.map((l) => l.code) as [LocaleCode, ...LocaleCode[]];

/** The locale `x-default` points to. */
export const defaultLocale: Locale = locales[0];

/** Returns the locale for a URL path segment (any letter case), or undefined. */
export function localeFromPath(segment: string | undefined): Locale | undefined {
  const s = segment?.toLowerCase();
  return locales.find((l) => l.path === s);
}

/** Returns the locale record for a locale code. */
export function localeByCode(code: LocaleCode): Locale {
  return locales.find((l) => l.code === code) ?? defaultLocale;
}

/** Returns true when `code` is a published locale code (exact case). */
export function isLocaleCode(code: unknown): code is LocaleCode {
  return locales.some((l) => l.code === code);
}

/** Returns true when the locale writes sentences without spaces between words (Chinese, Japanese). */
export function isUnspaced(locale: LocaleCode): boolean {
  const script: Script = localeByCode(locale).script;
  return script === 'han' || script === 'kana';
}
