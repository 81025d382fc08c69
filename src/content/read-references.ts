/**
 * The references of the site being built, read once from the files: the module ids of the modules file
 * and the anchors of every locale's MDX pages. The schema (facts, links) and the site loader (the pages'
 * module ids) resolve against this one pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../locales.ts';
import { moduleIdsOf } from './modules-file.ts';
import { modulesFile, pagesDir } from './paths.ts';
import { buildReferences, type References } from './references.ts';

/** Reads the references from the modules file and the MDX pages of every published locale. */
export function readReferences(file: string, dir: string): References {
  const ids = moduleIdsOf(readFileSync(file, 'utf8'), file);
  const perLocale = locales.map((l) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, l.path)).filter((n) => n.endsWith('.mdx'));
    } catch {
      // A locale without a folder is reported by the `page-files` rule; here it simply offers no anchors.
    }
    return new Map(names.map((n) => [n.slice(0, -'.mdx'.length), readFileSync(join(dir, l.path, n), 'utf8')]));
  });
  return buildReferences(ids, perLocale);
}

/** Wraps `readReferences` so the files are read once, on first use. */
export function lazyReferences(file: string, dir: string): () => References {
  let refs: References | undefined;
  return () => (refs ??= readReferences(file, dir));
}

/** The references of the site being built: the schema and the site loader resolve against this one pass. */
export const siteReferences = lazyReferences(modulesFile, pagesDir);
