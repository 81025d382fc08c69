/**
 * The reader's language as remembered in this browser: the last one they chose in a language menu or read a
 * page in. Written on every page, read by `/` and the short links (src/client/locale-choice.ts), which go
 * straight to it. It imports nothing, so that the pages that only write it do not load the list of locales.
 * Storage may be unavailable (private mode, blocked cookies); the site then simply forgets.
 */

/** Where the locale code is kept. */
export const localeKey = 'campaign-docs:locale';

/** Stores the locale the reader chose or is reading, by code (`<html lang>`, a link's `data-locale`). */
export function rememberLocale(code: string): void {
  try {
    if (code) localStorage.setItem(localeKey, code);
  } catch {
    // Storage blocked: nothing to remember.
  }
}
