/** The five upstream Experience League files the importer tests read, and their import into the shipped collection. */
import { readdirSync, readFileSync } from 'node:fs';
import { pagesDir } from '../../../../src/content/paths.ts';
import { modulePageId } from '../../../../src/lib/urls.ts';
import { defaultLocale, localeCodes, type LocaleCode } from '../../../../src/locales.ts';
import { importExl, type Collection } from '../../../../tools/import-exl/import.ts';
import { parseExlMarkdown } from '../../../../tools/import-exl/markdown.ts';
import { shippedModuleIds } from '../../content/fixtures.ts';
import { shippedTerms } from '../qa/shipped.ts';

export const fixtures = 'tests/fixtures/experience-league';
export const fixtureFile = (locale: LocaleCode) => `${fixtures}/modules-and-frequent-issues.${locale}.md`;
export const fixture = (locale: LocaleCode) => readFileSync(fixtureFile(locale), 'utf8');
/** The module table and the MDX pages, as the shipped content has them. */
export const pageIds = [
  modulePageId,
  ...readdirSync(`${pagesDir}/${defaultLocale.path}`).map((f) => f.replace(/\.mdx$/, '')),
];
/** Module ids of the shipped collection, in upstream order: the order of the rows in every fixture. */
export const moduleIds = shippedModuleIds;

export function shippedCollection(): Collection {
  return {
    modulesFile: 'content/modules.yaml',
    modulesYaml: readFileSync('content/modules.yaml', 'utf8'),
    pageFile: 'content/modules-page.yaml',
    pageYaml: readFileSync('content/modules-page.yaml', 'utf8'),
    snapshotFile: 'content/upstream-snapshot.yaml',
    snapshotYaml: readFileSync('content/upstream-snapshot.yaml', 'utf8'),
    pageIds,
    terms: shippedTerms,
  };
}

let all: ReturnType<typeof importExl> | undefined;
/** The import of the five real files into the shipped collection, computed once. */
export const importAll = () =>
  (all ??= importExl(
    localeCodes.map((l) => parseExlMarkdown(fixture(l), fixtureFile(l))),
    shippedCollection(),
  ));
