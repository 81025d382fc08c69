/**
 * URL helpers. Every internal URL is built here so that the trailing-slash and lowercase
 * conventions (`/zh-tw/log-precision/#verbose`) are decided once.
 */
import { localeByCode, type LocaleCode } from '../locales.ts';

/** The page id of the module table. */
export const modulePageId = 'modules-and-frequent-issues';

/** The site origin used in canonical links, sitemaps and copied links (from `SITE_URL`). */
export const siteOrigin = (process.env['SITE_URL'] ?? 'http://localhost:4321').replace(/\/+$/, '');

/** Returns the path of a locale's home page (`/zh-tw/`). */
export function homeUrl(locale: LocaleCode): string {
  return `/${localeByCode(locale).path}/`;
}

/** Returns the path of a page in a locale, with an optional fragment. */
export function pageUrl(locale: LocaleCode, page: string, anchor?: string): string {
  return `${homeUrl(locale)}${page}/${anchor ? `#${anchor}` : ''}`;
}

/** Returns the path of a module's entry in the module table. */
export function moduleUrl(locale: LocaleCode, id: string): string {
  return pageUrl(locale, modulePageId, id);
}

/** Returns the short link of a module (`/m/inmail/`); short links are lowercase so any case can be typed. */
export function shortUrl(id: string): string {
  return `/m/${id.toLowerCase()}/`;
}

/** Turns a site path into an absolute URL on the configured origin. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin}${path}`;
}
