/**
 * Adobe's English pages that signs cite (`content/adobe-pages.yaml`): each page's title and the
 * revision of AdobeDocs/campaign-classic.en it was read at, so that a sign's source is a link a reader
 * can follow and a maintainer can compare with Adobe's current text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FindingError, fileFinding, quote } from './finding.ts';
import { adobePagesFile } from './paths.ts';

/** One cited page. */
export type AdobePage = { path: string; title: string; url: string };
/** The registry: the revision read, and the pages by path. */
export type AdobePages = { revision: string; pages: Map<string, AdobePage> };

/** Where Adobe publishes the English source of its Campaign Classic pages. */
const repository = 'https://github.com/AdobeDocs/campaign-classic.en';

/** Returns the public address of a page's English source at a revision. */
export function adobePageUrl(path: string, revision: string): string {
  return `${repository}/blob/${revision}/help/${path}`;
}

/** Parses the registry; throws naming the file, the page and the fix. */
export function parseAdobePages(source: string, file = adobePagesFile): AdobePages {
  const data = parse(source) as { revision?: unknown; pages?: unknown } | null;
  const revision = data?.revision;
  if (typeof revision !== 'string' || !/^[0-9a-f]{40}$/.test(revision))
    throw new FindingError([
      fileFinding(file, 'adobe-pages', `${quote(revision)} is not a commit`, 'write the 40-digit commit read', {
        field: 'revision',
      }),
    ]);
  const pages = new Map<string, AdobePage>();
  for (const [path, title] of Object.entries((data?.pages ?? {}) as Record<string, unknown>)) {
    if (typeof title !== 'string' || title.trim() === '')
      throw new FindingError([
        fileFinding(file, 'adobe-pages', `the title is ${quote(title)}`, "write the page's English title", {
          entry: path,
          field: 'title',
        }),
      ]);
    pages.set(path, { path, title, url: adobePageUrl(path, revision) });
  }
  return { revision, pages };
}

/** Reads the shipped registry (none yet: no page). */
export function loadAdobePages(file = adobePagesFile): AdobePages {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { revision: '', pages: new Map() };
  }
  return parseAdobePages(text, file);
}
