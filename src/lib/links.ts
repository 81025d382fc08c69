/**
 * Cross-collection link checks. Zod sees one entry at a time, so links from the module table to
 * pages (and from pages back to modules) are checked here, once, when the site is loaded.
 */
import { localeCodes } from '../locales.ts';
import { linkTargets } from './inline.ts';
import { contentError, type ModuleEntry, type PageFrontmatter } from './schema.ts';
import { modulePageId } from './urls.ts';

/** A page of the site as the link checker sees it: its id and the anchors it defines. */
export type PageAnchors = { page: string; anchors: Set<string> };

/** Returns the ids defined in MDX source (`<h2 id="…">`), the anchors a link may target. */
export function anchorsInMdx(body: string): Set<string> {
  return new Set([...body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** Returns the anchors of the module table: its H1 and one per module id. */
export function modulePageAnchors(modules: ModuleEntry[]): PageAnchors {
  return { page: modulePageId, anchors: new Set([modulePageId, ...modules.map((m) => m.id)]) };
}

/**
 * Checks every link in the module strings and every module reference in page front matter.
 * Returns one message per broken link; an empty list means all links resolve.
 */
export function checkLinks(
  modules: ModuleEntry[],
  pages: PageAnchors[],
  frontmatter: { file: string; data: PageFrontmatter }[],
  file: string,
): string[] {
  const byId = new Map(pages.map((p) => [p.page, p]));
  const moduleIds = new Set(modules.map((m) => m.id));
  const errors: string[] = [];
  for (const m of modules) {
    for (const field of ['scope', 'troubleshooting'] as const) {
      for (const locale of localeCodes) {
        for (const { page, anchor } of linkTargets(m[field][locale])) {
          const place = { file, entry: `module "${m.id}"`, field, locale };
          const target = byId.get(page);
          if (!target) {
            errors.push(contentError(place, `the link target "${page}${anchor ? `#${anchor}` : ''}" names no page`, `use one of ${[...byId.keys()].join(', ')}`));
          } else if (anchor !== undefined && !target.anchors.has(anchor)) {
            errors.push(contentError(place, `the page "${page}" has no anchor "#${anchor}"`, `use one of ${[...target.anchors].map((a) => `#${a}`).join(', ')}`));
          }
        }
      }
    }
  }
  for (const { file: pageFile, data } of frontmatter) {
    for (const id of data.modules) {
      if (!moduleIds.has(id)) {
        errors.push(contentError({ file: pageFile, entry: `page "${data.page}"`, field: 'modules' }, `"${id}" is not a module id`, `use one of ${[...moduleIds].join(', ')}`));
      }
    }
  }
  return errors;
}
