/**
 * Brings upstream Experience League translations of the module page into the collection.
 *
 * Our strings are our own wording of the upstream facts, with the machine-translation defects
 * fixed, so an upstream row is compared with ours by its facts (code tokens, links, numbers), not
 * word by word. `--write` replaces a string only when its facts changed upstream, and then with
 * the upstream text converted and repaired; everything the source lacks (symptoms, labels, our
 * wording of unchanged rows) stays. Page facts (source revision, workflow) are updated too, and
 * the upstream wording is compared with the snapshot our strings were made from.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { LocaleCode } from '../../src/locales.ts';
import { FindingError } from '../../src/content/finding.ts';
import { ExlInputError, inputError, type ExlDocument } from './markdown.ts';
import { matchModuleNames } from '../qa/module-names.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { parseSnapshot, type UpstreamSnapshot } from '../../src/content/upstream-snapshot.ts';
import { checkResult } from './check-result.ts';
import { comparePageFacts } from './page-facts.ts';
import { compareRow, type ModuleStrings, type RowContext } from './rows.ts';
import { compareSnapshot, type UpstreamRow } from './snapshot.ts';
import { repairText } from '../qa/text.ts';
import type { Collection, ImportResult, LocaleReport, MakeFinding, PageMeta, Update } from './types.ts';

export type { Collection, Finding, ImportResult, LocaleReport, Update } from './types.ts';

const yamlOptions = { lineWidth: 0 } as const;

/** Refuses a batch that is not one complete module-page file per locale. */
function checkBatch(
  docs: readonly ExlDocument[],
  page: PageMeta,
  ids: readonly string[],
  collection: Collection,
): void {
  const seen = new Map<LocaleCode, string>();
  for (const doc of docs) {
    const other = seen.get(doc.locale);
    if (other)
      throw inputError(doc.file, `a second ${doc.locale} file (the first is ${other})`, 'import one file per locale');
    seen.set(doc.locale, doc.file);
    if (doc.heading.anchor && doc.heading.anchor !== page.id) {
      const why = `this is the page "#${doc.heading.anchor}", not "#${page.id}"`;
      throw inputError(doc.file, why, 'pass the modules-and-frequent-issues file of each language', {
        line: doc.heading.line,
      });
    }
    if (doc.frontMatter.exlId && doc.frontMatter.exlId !== page.exlId) {
      const why = `exl-id "${doc.frontMatter.exlId}" is another page than ${page.id} (exl-id "${page.exlId}")`;
      throw inputError(doc.file, why, 'pass the modules-and-frequent-issues file of each language');
    }
    if (doc.rows.length !== ids.length) {
      throw inputError(
        doc.file,
        `the table has ${doc.rows.length} rows but ${collection.modulesFile} has ${ids.length} modules`,
        `pass the complete file; if upstream added or removed a module, change ${collection.modulesFile} first ` +
          `(ids, labels, symptoms), then import again`,
      );
    }
  }
}

/** Runs a reader of a collection file, turning its FindingError into the importer's refusal. */
function refusing<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FindingError)) throw error;
    throw new ExlInputError(error.findings);
  }
}

/** Maps each row's name cell to a module id; refuses a row that names no module or one another row names. */
function matchRows(doc: ExlDocument, ids: readonly string[], labels: Record<string, string[]>, modulesFile: string) {
  const matches = matchModuleNames(
    doc.rows.map((r) => r.cells[0]!.text),
    ids,
    labels,
  );
  const claimed = new Map<string, number>();
  matches.forEach((m, i) => {
    const before = claimed.get(m.id);
    const row = doc.rows[i]!;
    if (!m.id || before !== undefined) {
      const what = m.id ? `maps to module "${m.id}", like row ${before! + 1}` : 'names no module';
      const fix = `check the name cells of the table against ${modulesFile} (${ids.join(', ')})`;
      throw inputError(doc.file, `row ${i + 1} ("${row.cells[0]!.text}") ${what}`, fix, { line: row.line });
    }
    claimed.set(m.id, i);
  });
  return matches;
}

/** What comparing one upstream file needs from the collection, read once for the batch. */
type Batch = {
  collection: Collection;
  modules: ModuleStrings[];
  ids: string[];
  labels: Record<string, string[]>;
  modulesDoc: RowContext['yaml'];
  page: PageMeta;
  snapshot: UpstreamSnapshot;
  revisions: string[];
  newRevisions: string[];
};

/** Compares one upstream file with the collection: its report, with the updates `--write` would make. */
function reportOf(doc: ExlDocument, b: Batch): LocaleReport {
  const { locale, file } = doc;
  const finding: MakeFinding = (line, entry, field, rule, message, fix, severity = 'error') => {
    return { file, line, entry, field, locale, severity, message, fix, rule };
  };
  const matches = matchRows(doc, b.ids, b.labels, b.collection.modulesFile);
  const rowContext: RowContext = { doc, modules: b.modules, yaml: b.modulesDoc, collection: b.collection, finding };
  const rows = doc.rows.map((row, i) => compareRow(rowContext, row, i, matches[i]!));
  const pageFacts = comparePageFacts({
    doc,
    page: b.page,
    revisions: b.revisions,
    newRevisions: b.newRevisions,
    pageFile: b.collection.pageFile,
    finding,
    terms: b.collection.terms,
  });
  const upstreamRows: UpstreamRow[] = rows.map((r, i) => ({
    id: matches[i]!.id,
    line: doc.rows[i]!.line,
    text: r.text,
  }));
  const repair = (text: string) => repairText(text, { locale, code: false, terms: b.collection.terms });
  const snapshot = compareSnapshot(locale, upstreamRows, b.snapshot, b.collection.snapshotFile, finding, repair);
  // An older file than the recorded translation changes nothing, its wording included.
  const planned = [
    ...rows.flatMap((r) => r.planned),
    ...pageFacts.planned,
    ...(pageFacts.older ? [] : snapshot.planned),
  ];
  return {
    file,
    locale,
    sourceCommit: doc.frontMatter.sourceCommit,
    workflow: doc.frontMatter.workflow,
    wordCount: doc.frontMatter.wordCount,
    exlId: doc.frontMatter.exlId,
    rows: doc.rows.map((r, i) => ({ line: r.line, name: r.cells[0]!.text, match: matches[i]! })),
    defects: [...rows.flatMap((r) => r.defects), ...pageFacts.defects].sort((x, y) => (x.line ?? 0) - (y.line ?? 0)),
    differences: [...rows.flatMap((r) => r.differences), ...pageFacts.differences],
    wording: snapshot.wording,
    kept: rows.reduce((n, r) => n + r.kept, 0),
    updates: planned,
  };
}

/**
 * Applies the updates to the collection files and returns them as `--write` would leave them; files without
 * an update are returned as read, byte for byte (and without the cost of printing them).
 */
function writeBack(b: Batch, docs: readonly ExlDocument[], updates: Update[]): [string, string, string] {
  const { collection } = b;
  const modulesDoc = b.modulesDoc.doc;
  const pageDoc = parseDocument(collection.pageYaml);
  const snapshotDoc = parseDocument(collection.snapshotYaml);
  const yamlOf = new Map([
    [collection.modulesFile, modulesDoc],
    [collection.snapshotFile, snapshotDoc],
  ]);
  for (const u of updates) (yamlOf.get(u.file) ?? pageDoc).setIn(u.path, u.to);
  if (b.newRevisions.length > 0) {
    const list = pageDoc.getIn([0, 'revisions'], true);
    if (!isSeq(list))
      throw inputError(
        collection.pageFile,
        '"revisions" is not a list',
        'restore it as a list of commits, newest first',
      );
    list.items.unshift(...b.newRevisions.map((c) => pageDoc.createNode(c)));
    for (const c of b.newRevisions) {
      const locale = docs.find((d) => d.frontMatter.sourceCommit === c)!.locale;
      const path = [0, 'revisions', 0];
      updates.push({
        file: collection.pageFile,
        path,
        locale,
        module: b.page.id,
        field: 'revisions',
        from: undefined,
        to: c,
      });
    }
  }
  const touched = (file: string) => updates.some((u) => u.file === file);
  return [
    touched(collection.modulesFile) ? modulesDoc.toString(yamlOptions) : collection.modulesYaml,
    touched(collection.pageFile) ? pageDoc.toString(yamlOptions) : collection.pageYaml,
    touched(collection.snapshotFile) ? snapshotDoc.toString(yamlOptions) : collection.snapshotYaml,
  ];
}

/** Reads what the batch needs from the collection; refuses a collection the import cannot use. */
function readBatch(docs: readonly ExlDocument[], collection: Collection): Batch {
  const counter = new LineCounter();
  const modulesDoc = { doc: parseDocument(collection.modulesYaml, { lineCounter: counter }), counter };
  const snapshot = refusing(() => parseSnapshot(collection.snapshotYaml, collection.snapshotFile));
  const modules = refusing(() => parseModulesYaml(collection.modulesYaml, collection.modulesFile)) as (ModuleStrings & {
    label?: Record<string, string>;
  })[];
  const page = (parseDocument(collection.pageYaml).toJS() as PageMeta[] | null)?.[0];
  if (!page)
    throw inputError(
      collection.pageFile,
      'the file has no page entry',
      'restore the module page metadata before importing',
    );
  const ids = modules.map((m) => m.id);
  const labels = Object.fromEntries(modules.map((m) => [m.id, Object.values(m.label ?? {})]));
  // Revisions from this batch that we do not know yet are taken as newer than all listed ones.
  const newRevisions = [
    ...new Set(docs.map((d) => d.frontMatter.sourceCommit).filter((c) => !page.revisions.includes(c))),
  ];
  const revisions = [...newRevisions, ...page.revisions];
  return { collection, modules, ids, labels, modulesDoc, page, snapshot, revisions, newRevisions };
}

/**
 * Compares upstream files with the collection and plans the updates. Throws an ExlInputError,
 * naming the file, for input that cannot be imported; nothing is planned in that case.
 */
export function importExl(docs: readonly ExlDocument[], collection: Collection): ImportResult {
  const batch = readBatch(docs, collection);
  checkBatch(docs, batch.page, batch.ids, collection);
  const reports = docs.map((doc) => reportOf(doc, batch));
  const updates = reports.flatMap((r) => r.updates);
  const [modulesYaml, pageYaml, snapshotYaml] = writeBack(batch, docs, updates);
  const result: ImportResult = { reports, modulesYaml, pageYaml, snapshotYaml, updates };
  if (updates.length > 0) checkResult(result, collection);
  return result;
}
