/**
 * What content may refer to, and the check that it does. Zod sees one entry at a time, so the
 * schema gets the other modules' ids and the pages' anchors from here, and links from the module
 * table to pages (and from pages back to modules) are checked once, when the site is loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTargets } from '../lib/inline.ts';
import { modulePageId } from '../lib/urls.ts';
import { localeCodes, locales } from '../locales.ts';
import { contentError } from './errors.ts';
import { inlineFields } from './localized.ts';
import type { ModuleEntry } from './module-schema.ts';
import { moduleIdsOf } from './modules-file.ts';
import type { PageFrontmatter } from './page-schema.ts';

/** What a module entry may refer to: the module ids, and every page id with the anchors all its locales define. */
export type References = { modules: ReadonlySet<string>; pages: ReadonlyMap<string, ReadonlySet<string>> };

/** A page of the site as the link checker sees it: its id and the anchors it defines. */
export type PageAnchors = { page: string; anchors: Set<string> };

/** Returns the ids defined in MDX source (`<h2 id="…">`), the anchors a link may target. */
export function anchorsInMdx(body: string): Set<string> {
  return new Set([...body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * Returns the page id plus the anchors that every locale defines: a link must work whatever the
 * reader's language, so an anchor missing in one locale is not offered.
 */
export function commonAnchors(page: string, perLocale: readonly ReadonlySet<string>[]): Set<string> {
  const [first = new Set<string>()] = perLocale;
  return new Set([page, ...[...first].filter((a) => perLocale.every((s) => s.has(a)))]);
}

/** Returns the anchors of the module table: its H1 and one per module id. */
export function modulePageAnchors(moduleIds: readonly string[]): PageAnchors {
  return { page: modulePageId, anchors: new Set([modulePageId, ...moduleIds]) };
}

/**
 * Returns the module ids of the modules file and, per page id, the anchors every locale's MDX
 * file defines. Read straight from the files: Astro validates one entry at a time.
 */
export function readReferences(modulesFile: string, pagesDir: string): References {
  const ids = moduleIdsOf(readFileSync(modulesFile, 'utf8'), modulesFile);
  const { page, anchors } = modulePageAnchors(ids);
  const pages = new Map<string, ReadonlySet<string>>([[page, anchors]]);
  const perLocale = locales.map((l) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(pagesDir, l.path)).filter((n) => n.endsWith('.mdx'));
    } catch {
      // A locale without a folder is reported by the site loader; here it simply offers no anchors.
    }
    const read = (n: string) => anchorsInMdx(readFileSync(join(pagesDir, l.path, n), 'utf8'));
    return new Map(names.map((n) => [n.slice(0, -'.mdx'.length), read(n)]));
  });
  for (const id of new Set(perLocale.flatMap((m) => [...m.keys()]))) {
    pages.set(
      id,
      commonAnchors(
        id,
        perLocale.map((m) => m.get(id) ?? new Set<string>()),
      ),
    );
  }
  return { modules: new Set(ids), pages };
}

/** Wraps `readReferences` so the files are read once, on first use. */
export function lazyReferences(modulesFile: string, pagesDir: string): () => References {
  let refs: References | undefined;
  return () => (refs ??= readReferences(modulesFile, pagesDir));
}

/**
 * Checks every link in the module strings and every module reference in page front matter.
 * Returns one message per broken link; an empty list means all links resolve.
 */
export function checkLinks(
  modules: readonly ModuleEntry[],
  pages: readonly PageAnchors[],
  frontmatter: readonly { file: string; data: PageFrontmatter }[],
  file: string,
): string[] {
  const byId = new Map(pages.map((p) => [p.page, p]));
  const moduleIds = new Set(modules.map((m) => m.id));
  const errors: string[] = [];
  for (const m of modules) {
    for (const field of inlineFields) {
      for (const locale of localeCodes) {
        for (const { page, anchor } of linkTargets(m[field][locale])) {
          const place = { file, entry: `module "${m.id}"`, field, locale };
          const target = byId.get(page);
          const shown = `${page}${anchor ? `#${anchor}` : ''}`;
          if (!target) {
            const fix = `use one of ${[...byId.keys()].join(', ')}`;
            errors.push(contentError(place, `the link target "${shown}" names no page`, fix));
          } else if (anchor !== undefined && !target.anchors.has(anchor)) {
            const fix = `use one of ${[...target.anchors].map((a) => `#${a}`).join(', ')}`;
            errors.push(contentError(place, `the page "${page}" has no anchor "#${anchor}"`, fix));
          }
        }
      }
    }
  }
  for (const { file: pageFile, data } of frontmatter) {
    for (const id of data.modules) {
      if (!moduleIds.has(id)) {
        const place = { file: pageFile, entry: `page "${data.page}"`, field: 'modules' };
        errors.push(contentError(place, `"${id}" is not a module id`, `use one of ${[...moduleIds].join(', ')}`));
      }
    }
  }
  return errors;
}
