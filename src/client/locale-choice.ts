/**
 * The reader's explicit language choice, kept in localStorage so that `/` and the short links
 * `/m/<id>/` can honour it. Storage may be unavailable (private mode, blocked cookies); the site
 * then simply forgets the choice.
 */
import { locales } from '../locales.ts';

const key = 'campaign-docs:locale';

/** Stores the locale the reader chose, by code. */
export function rememberLocale(code: string): void {
  try {
    if (locales.some((l) => l.code === code)) localStorage.setItem(key, code);
  } catch {
    // Storage blocked: nothing to remember.
  }
}

/** Returns the remembered locale's path segment, if any. */
function rememberedLocalePath(): string | undefined {
  try {
    const code = localStorage.getItem(key);
    return locales.find((l) => l.code === code)?.path;
  } catch {
    return undefined;
  }
}

/**
 * Returns the path segment of the best match for the browser's languages: exact tag first,
 * then the primary subtag (any Chinese goes to zh-TW, the only Chinese locale).
 */
export function browserLocalePath(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const exact = locales.find((l) => l.code.toLowerCase() === lower);
    if (exact) return exact.path;
    const primary = lower.split('-')[0];
    const byPrimary = locales.find((l) => l.code.toLowerCase().split('-')[0] === primary);
    if (byPrimary) return byPrimary.path;
  }
  return undefined;
}

/** Returns where a reader should go: the remembered choice, else the browser's best match. */
export function preferredLocalePath(): string | undefined {
  return rememberedLocalePath() ?? browserLocalePath(navigator.languages ?? [navigator.language]);
}
