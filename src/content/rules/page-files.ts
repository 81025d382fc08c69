/**
 * Rule `page-files`: the MDX pages are laid out as the routes expect — `content/pages/<locale path>/<page id>.mdx`,
 * the front matter's `page` equal to the file name, and every page in every locale (a page missing in one
 * language would leave its links there dead).
 */
import { localeByCode, localeCodes, localeFromPath } from '../../locales.ts';
import { pageFile, pagesDir } from '../paths.ts';
import type { PagesRule, Problem } from './rule.ts';

/** Reports a page outside a locale folder, a page id that differs from its file name, and a page a locale lacks. */
export const pageFiles: PagesRule = {
  name: 'page-files',
  target: 'pages',
  check(pages) {
    const out: Problem[] = [];
    const folders = localeCodes.map((l) => `${pagesDir}/${localeByCode(l).path}/`).join(', ');
    const present = new Set<string>();
    for (const { file, dir, slug, data } of pages) {
      const locale = localeFromPath(dir);
      if (!locale) {
        out.push({
          message: `"${dir}" is not a published locale folder`,
          fix: `move the file under one of ${folders}`,
          file,
          entry: slug,
        });
        continue;
      }
      present.add(`${locale.code}/${slug}`);
      const id = data['page'];
      if (typeof id === 'string' && id !== slug)
        out.push({
          message: `the page id "${id}" differs from the file name "${slug}"`,
          fix: `name the file ${id}.mdx or correct "page"`,
          file,
          entry: slug,
          field: 'page',
          locale: locale.code,
        });
    }
    for (const slug of [...new Set([...present].map((p) => p.slice(p.indexOf('/') + 1)))].sort())
      for (const locale of localeCodes.filter((l) => !present.has(`${l}/${slug}`)))
        out.push({
          message: `the page "${slug}" exists in other locales but not in ${locale}`,
          fix: `write this page in ${locale}`,
          file: pageFile(localeByCode(locale).path, slug),
          entry: slug,
          locale,
        });
    return out;
  },
};
