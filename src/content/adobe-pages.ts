/**
 * Adobe's English pages that signs and the module page cite (`content/adobe-pages.yaml`): each page's title,
 * the revision of AdobeDocs/campaign-classic.en it was read at, and its place on Experience League, so that a
 * source is a link a reader can follow (Adobe's page in English and in their language) and a maintainer can
 * compare with the exact text read.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { localeByCode, localeCodes, type LocaleCode } from '../locales.ts';
import { FindingError, fileFinding, quote } from './finding.ts';
import { adobePagesFile } from './paths.ts';

/** One cited page. */
export type AdobePage = {
  /** Path under `help/` in AdobeDocs/campaign-classic.en. */
  path: string;
  /** English title. */
  title: string;
  /** The English source at the revision read. */
  url: string;
  /** Place on Experience League (the section ids of Adobe's table of contents, then the file name). */
  exl?: string;
  /** Locales Adobe publishes no translation of the page in. */
  missing: LocaleCode[];
};
/** The registry: the revision read, and the pages by path. */
export type AdobePages = { revision: string; pages: Map<string, AdobePage> };

/** Where Adobe publishes the English source of its Campaign Classic pages. */
const repository = 'https://github.com/AdobeDocs/campaign-classic.en';

/** Returns the public address of a page's English source at a revision. */
export function adobePageUrl(path: string, revision: string): string {
  return `${repository}/blob/${revision}/help/${path}`;
}

/** Returns the Experience League address of a page in a language (`en`, or a locale's `exl` tag). */
export function experienceLeagueUrl(place: string, language: string): string {
  return `https://experienceleague.adobe.com/${language}/docs/campaign-classic/using/${place}`;
}

/**
 * Returns where a reader reads a cited page: Adobe's English page (its source when Experience League has no
 * place for it) and, where Adobe translates it, the page in the reader's language.
 */
export function adobeLinks(page: AdobePage, locale: LocaleCode): { english: string; local?: string } {
  if (!page.exl) return { english: page.url };
  const english = experienceLeagueUrl(page.exl, 'en');
  if (page.missing.includes(locale)) return { english };
  return { english, local: experienceLeagueUrl(page.exl, localeByCode(locale).exl) };
}

/** Reads one page's record (`title:`, `exl:`, `missing:`); throws naming the file, the page, the field and the fix. */
function readPage(file: string, path: string, value: unknown, revision: string): AdobePage {
  const fail = (field: string, problem: string, fix: string): never => {
    throw new FindingError([fileFinding(file, 'adobe-pages', problem, fix, { entry: path, field })]);
  };
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { title, exl, missing = [] } = record;
  if (typeof title !== 'string' || title.trim() === '')
    fail('title', `the title is ${quote(title)}`, "write the page's English title under `title:`");
  if (exl !== undefined && (typeof exl !== 'string' || !/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(exl)))
    fail('exl', `${quote(exl)} is not a place on Experience League`, "write the TOC's section ids and the file name");
  if (!Array.isArray(missing) || missing.some((l) => !localeCodes.includes(l as LocaleCode)))
    fail('missing', `${quote(missing)} is not a list of locale codes`, `list codes of ${localeCodes.join(', ')}`);
  return {
    path,
    title: title as string,
    url: adobePageUrl(path, revision),
    ...(exl ? { exl: exl as string } : {}),
    missing: missing as LocaleCode[],
  };
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
  for (const [path, value] of Object.entries((data?.pages ?? {}) as Record<string, unknown>))
    pages.set(path, readPage(file, path, value, revision));
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
