/**
 * Loads the collections once per build and checks the links between them, so that a broken
 * cross-link fails the build with a message instead of shipping a dead link.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeByCode, localeCodes, localeFromPath, type LocaleCode } from '../locales.ts';
import { anchorsInMdx, checkLinks, commonAnchors, modulePageAnchors, type PageAnchors } from './references.ts';
import { modulePageFile, modulesFile, pageFile, pagesDir, signsDir, upstreamSnapshotFile } from './paths.ts';
import { parseSnapshot, type UpstreamSnapshot } from './upstream-snapshot.ts';
import type { ModuleEntry } from './module-schema.ts';
import type { ModulePageEntry } from './module-page-schema.ts';
import { splitTable, type TableLayout } from '../lib/table-pages.ts';
import { loadAdobePages, type AdobePages } from './adobe-pages.ts';
import type { SignEntry } from './sign-schema.ts';

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

async function load(): Promise<Site> {
  const modules = (await getCollection('modules')).map((e) => e.data);
  if (modules.length === 0)
    throw new Error(
      `${modulesFile}: no module was loaded. Fix: correct the error ` +
        `printed above for ` +
        `this file (YAML ` +
        `syntax or a module id).`,
    );
  const [modulePage] = (await getCollection('modulePage')).map((e) => e.data);
  if (!modulePage) throw new Error(`${modulePageFile}: the file has no entry. Fix: restore the module page metadata.`);
  const entries = await getCollection('pages');
  const pages = Object.fromEntries(localeCodes.map((l) => [l, new Map<string, PageEntry>()])) as Site['pages'];
  const errors: string[] = [];
  for (const entry of entries) {
    const [dir, slug] = entry.id.split('/');
    const locale = localeFromPath(dir);
    const file = pageFile(dir ?? '', slug ?? '');
    if (!locale) {
      errors.push(
        `${file}: "${dir}" is not a published locale folder. Fix: move the file under one of ` +
          `${localeCodes.map((l) => `${pagesDir}/${localeByCode(l).path}/`).join(', ')}.`,
      );
    } else if (slug !== entry.data.page) {
      errors.push(
        `${file} › field "page": the page id "${entry.data.page}" differs from the file name "${slug}". ` +
          `Fix: name the file ${entry.data.page}.mdx or correct "page".`,
      );
    } else {
      pages[locale.code].set(slug, entry);
    }
  }
  const pageIds = [...new Set(entries.map((e) => e.data.page))].sort();
  for (const locale of localeCodes) {
    for (const id of pageIds) {
      if (!pages[locale].has(id)) {
        errors.push(
          `${pageFile(localeByCode(locale).path, id)}: the page "${id}" exists in other locales but not in ` +
            `${locale}. Fix: write this page in ${locale}.`,
        );
      }
    }
  }
  const anchors: PageAnchors[] = [modulePageAnchors(modules.map((m) => m.id))];
  for (const id of pageIds) {
    const perLocale = localeCodes.map((l) => anchorsInMdx(pages[l].get(id)?.body ?? ''));
    anchors.push({ page: id, anchors: commonAnchors(id, perLocale) });
  }
  const frontmatter = entries.map((e) => ({ file: `${pagesDir}/${e.id}.mdx`, data: e.data }));
  errors.push(...checkLinks(modules, anchors, frontmatter, modulesFile));
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} broken reference(s):\n- ${errors.join('\n- ')}`);
  }
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

/** Loads the signs, grouped by module, and checks that every page they cite is in the registry. */
async function loadSignsOf(): Promise<Pick<Site, 'signs' | 'adobePages'>> {
  const adobePages = loadAdobePages();
  const signs = new Map<string, SignEntry[]>();
  const errors: string[] = [];
  const entries = (await getCollection('signs')).map((e) => e.data).sort((a, b) => a.position - b.position);
  for (const { position: _, ...data } of entries) {
    signs.set(data.module, [...(signs.get(data.module) ?? []), data]);
    if (!adobePages.pages.has(data.from))
      errors.push(
        `${signsDir}/${data.module}.yaml › module "${data.module}" › sign "${data.id}" › field "from": the page ` +
          `"${data.from}" is not in content/adobe-pages.yaml. Fix: add its path and English title there.`,
      );
  }
  if (errors.length > 0) throw new Error(`The signs cite unknown pages:\n- ${errors.join('\n- ')}`);
  return { signs, adobePages };
}
