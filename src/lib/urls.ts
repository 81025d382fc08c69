/**
 * URL helpers. Every internal URL is built here so that the trailing-slash and lowercase
 * conventions (`/zh-tw/log-precision/#verbose`) are decided once.
 */
import { localeByCode, locales, type LocaleCode } from '../locales.ts';
import { siteOrigin } from './origin.ts';

/** The page id of the module table. */
export const modulePageId = 'modules-and-frequent-issues';

/** Returns the path of a locale's home page (`/zh-tw/`). */
export function homeUrl(locale: LocaleCode): string {
  return `/${localeByCode(locale).path}/`;
}

/** Returns the path of a page in a locale, with an optional fragment. */
export function pageUrl(locale: LocaleCode, page: string, anchor?: string): string {
  return `${homeUrl(locale)}${page}/${anchor ? `#${anchor}` : ''}`;
}

/** Returns the path of one page of the module table: page 1 is the table's own URL, then `…/2/`. */
export function tablePageUrl(locale: LocaleCode, page = 1, anchor?: string): string {
  return pageUrl(locale, page > 1 ? `${modulePageId}/${page}` : modulePageId, anchor);
}

/**
 * Returns the path of a module's entry in the module table, on the page that holds it. Without a
 * page, the table's own URL: a permalink that survives a new split (the table forwards it).
 */
export function moduleUrl(locale: LocaleCode, id: string, page = 1): string {
  return tablePageUrl(locale, page, id);
}

/** The folder of the module pages (`/ja/modules/mta/`): one page per module that has signs. */
export const modulesFolder = 'modules';

/** Returns the path of a module's own page (its signs), with an optional fragment (a sign's anchor). */
export function modulePageUrl(locale: LocaleCode, id: string, anchor?: string): string {
  return pageUrl(locale, `${modulesFolder}/${id.toLowerCase()}`, anchor);
}

/** Returns the anchor of a sign: `<module>--<id>` (`mta--start-pending`), the same in every locale, kept forever. */
export function signAnchor(sign: { module: string; id: string }): string {
  return `${sign.module}--${sign.id}`;
}

/** Returns the path of a sign on its module's page (`/ja/modules/mta/#mta--start-pending`). */
export function signUrl(locale: LocaleCode, sign: { module: string; id: string }): string {
  return modulePageUrl(locale, sign.module, signAnchor(sign));
}

/**
 * Returns the short link of a module or a sign anchor (`/m/inmail/`, `/m/mta--start-pending/`); short
 * links are lowercase so any case can be typed.
 */
export function shortUrl(id: string): string {
  return `/m/${id.toLowerCase()}/`;
}

/** Turns a site path into an absolute URL on the configured origin. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin}${path}`;
}

/** Returns `getStaticPaths` entries for every locale (`/zh-tw/…`, `/ja/…`), with the locale code as a prop. */
export function localePaths(): { params: { locale: string }; props: { locale: LocaleCode } }[] {
  return locales.map((l) => ({ params: { locale: l.path }, props: { locale: l.code } }));
}
