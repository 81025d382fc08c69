/**
 * What a module entry may refer to, read straight from the content files. Astro validates one
 * entry at a time, so the schema gets the other modules' ids and the pages' anchors from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../locales.ts';
import { anchorsInMdx } from './links.ts';
import { parseModulesYaml } from './modules-file.ts';
import type { References } from './schema.ts';
import { modulePageId } from './urls.ts';

/**
 * Returns the module ids of the modules file and, per page id, the anchors that every locale's
 * MDX file defines (a link must work whatever the reader's language), plus the page id itself.
 * The module page offers its own id and one anchor per module.
 */
export function readReferences(modulesFile: string, pagesDir: string): References {
  const ids = parseModulesYaml(readFileSync(modulesFile, 'utf8'), modulesFile).map((m) => String(m['id']));
  const pages = new Map<string, Set<string>>([[modulePageId, new Set([modulePageId, ...ids])]]);
  const perLocale = locales.map((l) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(pagesDir, l.path)).filter((n) => n.endsWith('.mdx'));
    } catch {
      // A locale without a folder is reported by the site loader; here it simply offers no anchors.
    }
    return new Map(names.map((n) => [n.slice(0, -'.mdx'.length), anchorsInMdx(readFileSync(join(pagesDir, l.path, n), 'utf8'))]));
  });
  for (const page of new Set(perLocale.flatMap((m) => [...m.keys()]))) {
    const sets = perLocale.map((m) => m.get(page) ?? new Set<string>());
    pages.set(page, new Set([page, ...[...(sets[0] ?? [])].filter((a) => sets.every((s) => s.has(a)))]));
  }
  return { modules: new Set(ids), pages };
}

/** Wraps `readReferences` so the files are read once, on first use. */
export function lazyReferences(modulesFile: string, pagesDir: string): () => References {
  let refs: References | undefined;
  return () => (refs ??= readReferences(modulesFile, pagesDir));
}
