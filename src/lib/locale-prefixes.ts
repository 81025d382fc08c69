/**
 * Locale prefixes as people type them: `/zh-TW/…`, `/JA/…`, `/zh/…`, `/ja-jp/…`, `/zh_TW/…` answer with the
 * locale's own path (`/zh-tw/…`). One mapping for every server that redirects (scripts/serve.ts, the nginx
 * configuration, Netlify's rules) and for the 404 pages' script (hosts without redirects). Pure.
 */
import { locales, type Locale, type LocaleDeclaration } from '../locales.ts';

/** A typed prefix as compared: lowercase, `_` read as `-`. */
export const normalPrefix = (segment: string) => segment.toLowerCase().replaceAll('_', '-');

/**
 * The spellings each locale answers to, as written in src/locales.ts (code, Adobe's tags, typed prefixes) and
 * normalised, its own path first; a spelling that is another locale's path or an earlier locale's stays theirs.
 */
export function localePrefixes(): Map<Locale, string[]> {
  const owner = new Map<string, Locale>(locales.map((l) => [l.path, l]));
  const declared: readonly (Locale & LocaleDeclaration)[] = locales;
  for (const l of declared)
    for (const spelling of [l.code, l.exl, ...l.exlAliases, ...(l.typed ?? [])])
      if (!owner.has(normalPrefix(spelling))) owner.set(normalPrefix(spelling), l);
  const out = new Map<Locale, string[]>(locales.map((l) => [l, []]));
  for (const [prefix, l] of owner) out.get(l)!.push(prefix);
  return out;
}

let byPrefix: Map<string, Locale> | undefined;

/**
 * Returns the path a typed locale prefix stands for (`/ZH-tw/x/?q` keeps `/x/`: pass the path alone and add
 * the query), or undefined when the path starts with a locale's own path as written, or with no locale at all.
 */
export function canonicalLocalePath(pathname: string): string | undefined {
  byPrefix ??= new Map([...localePrefixes()].flatMap(([l, prefixes]) => prefixes.map((p): [string, Locale] => [p, l])));
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return undefined;
  const [, segment = '', rest = '/'] = match;
  const locale = byPrefix.get(normalPrefix(segment));
  if (!locale || segment === locale.path) return undefined;
  return `/${locale.path}${rest}`;
}
