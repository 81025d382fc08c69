/**
 * Loads the collections once per build and runs the rules on what one entry alone cannot show (the
 * `pages` rules: page folders, ids, the pages every locale has, the modules they name), so that a broken
 * page or cross-link fails the build with a message instead of shipping a dead link. Links in the module
 * strings are checked by the schema, against the same references.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, localeFromPath, type LocaleCode } from '../locales.ts';
import { fileFinding, FindingError, type Finding } from './finding.ts';
import { siteReferences } from './read-references.ts';
import { contentRules } from './rules/index.ts';
import { pagesProblems, toFinding } from './rules/run.ts';
import { adobePagesFile, modulePageFile, modulesFile, pageFile, signsDir, upstreamSnapshotFile } from './paths.ts';
import { parseSnapshot, type UpstreamSnapshot } from './upstream-snapshot.ts';
import type { ModuleEntry } from './module-schema.ts';
import type { ModulePageEntry } from './module-page-schema.ts';
import { splitTable, type TableLayout } from '../lib/table-pages.ts';
import { loadAdobePages, type AdobePages } from './adobe-pages.ts';
import { signEntryName, type SignEntry } from './sign-schema.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** The checked content of the whole site. */
export type Site = {
  modules: ModuleEntry[];
  modulePage: ModulePageEntry;
  /** MDX pages by locale, then by page id. */
  pages: Record<LocaleCode, Map<string, PageEntry>>;
  /** Page ids of the MDX pages, in a stable order. */
  pageIds: string[];
  /** The upstream table text each locale was made from, and the rows that changed since. */
  snapshot: UpstreamSnapshot;
  /** The module table's pages (one until the collection outgrows it) and the page of every id. */
  table: TableLayout;
  /** Modules by id, for pages that render a slice of the table. */
  byId: Map<string, ModuleEntry>;
  /** The signs of each module that has any, by module id, in file order. */
  signs: Map<string, SignEntry[]>;
  /** Adobe's pages the signs cite. */
  adobePages: AdobePages;
};

let loading: Promise<Site> | undefined;

/** Returns the site content, loaded and link-checked once. */
export function getSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

/** Returns the MDX pages by locale, or throws a FindingError naming every page the `pages` rules refuse. */
async function loadPages(): Promise<{ pages: Site['pages']; pageIds: string[] }> {
  const entries = await getCollection('pages');
  const pages = Object.fromEntries(localeCodes.map((l) => [l, new Map<string, PageEntry>()])) as Site['pages'];
  const sources = entries.map((entry) => {
    const [dir = '', slug = ''] = entry.id.split('/');
    return { file: pageFile(dir, slug), dir, slug, data: entry.data, entry };
  });
  const problems = pagesProblems(sources, siteReferences(), contentRules);
  if (problems.length > 0)
    throw new FindingError(problems.map((p) => toFinding(p, { file: p.file ?? '-', entry: '-' })));
  for (const { dir, slug, entry } of sources) pages[localeFromPath(dir)!.code].set(slug, entry);
  return { pages, pageIds: [...new Set(sources.map((s) => s.slug))].sort() };
}

async function load(): Promise<Site> {
  const modules = (await getCollection('modules')).map((e) => e.data);
  if (modules.length === 0)
    throw new FindingError([
      fileFinding(
        modulesFile,
        'collection',
        'no module was loaded',
        'correct the error printed above for this file (YAML syntax or a module id)',
      ),
    ]);
  const [modulePage] = (await getCollection('modulePage')).map((e) => e.data);
  if (!modulePage)
    throw new FindingError([
      fileFinding(modulePageFile, 'collection', 'the file has no entry', 'restore the module page metadata'),
    ]);
  const { pages, pageIds } = await loadPages();
  // Read at build time only; a missing file means nothing recorded yet, so no row can be named stale.
  let snapshotText = '';
  try {
    snapshotText = readFileSync(upstreamSnapshotFile, 'utf8');
  } catch {
    // No snapshot yet.
  }
  const snapshot = parseSnapshot(snapshotText, upstreamSnapshotFile);
  let table: TableLayout;
  try {
    table = splitTable(modules);
  } catch (error) {
    throw new Error(`${modulesFile}: ${(error as Error).message}`, { cause: error });
  }
  const byId = new Map(modules.map((m) => [m.id, m]));
  const { signs, adobePages } = await loadSignsOf();
  return { modules, modulePage, pages, pageIds, snapshot, table, byId, signs, adobePages };
}

/** Loads the signs, grouped by module in file order, and checks that every page they cite is in the registry. */
async function loadSignsOf(): Promise<Pick<Site, 'signs' | 'adobePages'>> {
  const adobePages = loadAdobePages();
  const signs = new Map<string, SignEntry[]>();
  const findings: Finding[] = [];
  const entries = (await getCollection('signs')).map((e) => e.data).sort((a, b) => a.position - b.position);
  for (const data of entries) {
    signs.set(data.module, [...(signs.get(data.module) ?? []), data]);
    if (!adobePages.pages.has(data.from))
      findings.push({
        ...fileFinding(
          `${signsDir}/${data.module}.yaml`,
          'adobe-pages',
          `the page "${data.from}" is not in ${adobePagesFile}`,
          'add its path and English title there',
        ),
        entry: signEntryName(data.module, data.id),
        field: 'from',
      });
  }
  if (findings.length > 0) throw new FindingError(findings);
  return { signs, adobePages };
}
