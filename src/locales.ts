/**
 * The five published locales, declared once. Everything else (routes, hreflang, the language
 * switcher, Pagefind languages, schema records, test matrices) is derived from this list.
 * `name` is the language's own name as a label (language picker); `inText` is how the language
 * writes its own name inside a sentence (Swedish lowercases it: "svenska").
 */
export const locales = [
  { code: 'zh-TW', path: 'zh-tw', name: '繁體中文', inText: '繁體中文', exl: 'zh-hant' },
  { code: 'ja', path: 'ja', name: '日本語', inText: '日本語', exl: 'ja' },
  { code: 'sv', path: 'sv', name: 'Svenska', inText: 'svenska', exl: 'sv' },
  { code: 'ko', path: 'ko', name: '한국어', inText: '한국어', exl: 'ko' },
  { code: 'nl', path: 'nl', name: 'Nederlands', inText: 'Nederlands', exl: 'nl' },
] as const satisfies readonly { code: string; path: string; name: string; inText: string; exl: string }[];

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
