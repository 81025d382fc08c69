/**
 * Where `/` and the short links `/m/<id>/` send a reader: the language remembered in this browser
 * (src/client/locale-memory.ts), else the best match of the browser's languages. `?choose` shows the
 * list of languages whatever is remembered (every page's footer links to it).
 */
import { locales } from '../locales.ts';

/**
 * The key src/client/locale-memory.ts writes (tests/unit/client/locale-choice.test.ts reads back what it wrote):
 * not imported, so that the pages that only write it share no script with the pages that read it.
 */
const localeKey = 'campaign-docs:locale';

/** The query parameter that keeps `/` and the short links on their list of languages. */
export const chooseParameter = 'choose';

/** Returns the remembered locale's path segment, if any. */
function rememberedLocalePath(): string | undefined {
  try {
    const code = localStorage.getItem(localeKey);
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

/**
 * Returns where a reader should go: the remembered language, else the browser's best match; nowhere
 * when the reader asked for the chooser (`?choose`), which would otherwise send them away again.
 */
export function preferredLocalePath(): string | undefined {
  if (new URLSearchParams(location.search).has(chooseParameter)) return undefined;
  return rememberedLocalePath() ?? browserLocalePath(navigator.languages ?? [navigator.language]);
}
