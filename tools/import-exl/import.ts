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
import { ExlInputError, type ExlDocument } from './markdown.ts';
import { matchModuleNames } from '../qa/module-names.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { parseSnapshot } from '../../src/content/upstream-snapshot.ts';
import { checkResult } from './check-result.ts';
import { comparePageFacts } from './page-facts.ts';
import { compareRow, type ModuleStrings } from './rows.ts';
import { compareSnapshot, type UpstreamRow } from './snapshot.ts';
import type { Collection, Finding, ImportResult, LocaleReport, MakeFinding, PageMeta, Update } from './types.ts';

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
      throw new ExlInputError(
        `${doc.file}: a second ${doc.locale} file (the first is ${other}). Fix: import one file per locale.`,
      );
    seen.set(doc.locale, doc.file);
    if (doc.heading.anchor && doc.heading.anchor !== page.id) {
      throw new ExlInputError(
        `${doc.file}:${doc.heading.line}: this is the page "#${doc.heading.anchor}", not "#${page.id}". Fix: ` +
          `pass the modules-and-frequent-issues file of each language.`,
      );
    }
    if (doc.frontMatter.exlId && doc.frontMatter.exlId !== page.exlId) {
      throw new ExlInputError(
        `${doc.file}: exl-id "${doc.frontMatter.exlId}" is another page than ${page.id} (exl-id ` +
          `"${page.exlId}"). Fix: pass the modules-and-frequent-issues file of each language.`,
      );
    }
    if (doc.rows.length !== ids.length) {
      throw new ExlInputError(
        `${doc.file}: the table has ${doc.rows.length} rows but ${collection.modulesFile} has ${ids.length} ` +
          `modules. Fix: pass the complete file; if upstream added or removed a module, change ` +
          `${collection.modulesFile} first (ids, labels, symptoms), then import again.`,
      );
    }
  }
}

/**
 * Compares upstream files with the collection and plans the updates. Throws an ExlInputError,
 * naming the file, for input that cannot be imported; nothing is planned in that case.
 */
export function importExl(docs: readonly ExlDocument[], collection: Collection): ImportResult {
  const counter = new LineCounter();
  const modulesDoc = parseDocument(collection.modulesYaml, { lineCounter: counter });
  const pageDoc = parseDocument(collection.pageYaml);
  const snapshotDoc = parseDocument(collection.snapshotYaml);
  let snapshot;
  try {
    snapshot = parseSnapshot(collection.snapshotYaml, collection.snapshotFile);
  } catch (error) {
    throw new ExlInputError((error as Error).message);
  }
  const modules = parseModulesYaml(collection.modulesYaml, collection.modulesFile) as (ModuleStrings & {
    label?: Record<string, string>;
  })[];
  const page = (pageDoc.toJS() as PageMeta[] | null)?.[0];
  if (!page)
    throw new ExlInputError(
      `${collection.pageFile}: the file has no page entry. Fix: restore the module page metadata before importing.`,
    );
  const ids = modules.map((m) => m.id);
  const labels = Object.fromEntries(modules.map((m) => [m.id, Object.values(m.label ?? {})]));
  checkBatch(docs, page, ids, collection);

  // Revisions from this batch that we do not know yet are taken as newer than all listed ones.
  const newRevisions = [
    ...new Set(docs.map((d) => d.frontMatter.sourceCommit).filter((c) => !page.revisions.includes(c))),
  ];
  const revisions = [...newRevisions, ...page.revisions];
  const reports: LocaleReport[] = [];
  const updates: Update[] = [];

  for (const doc of docs) {
    const { locale, file } = doc;
    const finding: MakeFinding = (line, module, field, kind, problem, fix) => ({
      file,
      line,
      module,
      field,
      locale,
      kind,
      problem,
      fix,
    });
    const defects: Finding[] = [];
    const differences: Finding[] = [];
    const planned: Update[] = [];
    let kept = 0;

    const matches = matchModuleNames(
      doc.rows.map((r) => r.cells[0]!.text),
      ids,
      labels,
    );
    const claimed = new Map<string, number>();
    matches.forEach((m, i) => {
      const before = claimed.get(m.id);
      if (!m.id || before !== undefined) {
        throw new ExlInputError(
          `${file}:${doc.rows[i]!.line}: row ${i + 1} ("${doc.rows[i]!.cells[0]!.text}") ` +
            `${m.id ? `maps to module "${m.id}", like row ${before! + 1}` : 'names no module'}. Fix: check the ` +
            `name cells of the table against ${collection.modulesFile} (${ids.join(', ')}).`,
        );
      }
      claimed.set(m.id, i);
    });

    const upstreamRows: UpstreamRow[] = [];
    doc.rows.forEach((row, i) => {
      const r = compareRow(doc, row, i, matches[i]!, modules, { doc: modulesDoc, counter }, collection, finding);
      defects.push(...r.defects);
      differences.push(...r.differences);
      planned.push(...r.planned);
      kept += r.kept;
      upstreamRows.push({ id: matches[i]!.id, line: row.line, text: r.text });
    });
    const pageFacts = comparePageFacts(doc, page, revisions, newRevisions, collection.pageFile, finding);
    defects.push(...pageFacts.defects);
    differences.push(...pageFacts.differences);
    planned.push(...pageFacts.planned);
    const { wording, planned: snapshotUpdates } = compareSnapshot(
      locale,
      upstreamRows,
      snapshot,
      collection.snapshotFile,
      finding,
    );
    // An older file than the recorded translation changes nothing, its wording included.
    if (!pageFacts.older) planned.push(...snapshotUpdates);

    reports.push({
      file,
      locale,
      sourceCommit: doc.frontMatter.sourceCommit,
      workflow: doc.frontMatter.workflow,
      wordCount: doc.frontMatter.wordCount,
      exlId: doc.frontMatter.exlId,
      rows: doc.rows.map((r, i) => ({ line: r.line, name: r.cells[0]!.text, match: matches[i]! })),
      defects: defects.sort((a, b) => a.line - b.line),
      differences,
      wording,
      kept,
      updates: planned,
    });
    updates.push(...planned);
  }

  const yamlOf = new Map([
    [collection.modulesFile, modulesDoc],
    [collection.snapshotFile, snapshotDoc],
  ]);
  for (const u of updates) (yamlOf.get(u.file) ?? pageDoc).setIn(u.path, u.to);
  if (newRevisions.length > 0) {
    const list = pageDoc.getIn([0, 'revisions'], true);
    if (!isSeq(list))
      throw new ExlInputError(
        `${collection.pageFile}: "revisions" is not a list. Fix: restore it as a list of commits, newest first.`,
      );
    list.items.unshift(...newRevisions.map((c) => pageDoc.createNode(c)));
    for (const c of newRevisions)
      updates.push({
        file: collection.pageFile,
        path: [0, 'revisions', 0],
        locale: docs.find((d) => d.frontMatter.sourceCommit === c)!.locale,
        module: page.id,
        field: 'revisions',
        from: undefined,
        to: c,
      });
  }
  // Untouched files are returned as read: byte for byte, and without the cost of printing them.
  const touched = (file: string) => updates.some((u) => u.file === file);
  const result: ImportResult = {
    reports,
    modulesYaml: touched(collection.modulesFile) ? modulesDoc.toString(yamlOptions) : collection.modulesYaml,
    pageYaml: touched(collection.pageFile) ? pageDoc.toString(yamlOptions) : collection.pageYaml,
    snapshotYaml: touched(collection.snapshotFile) ? snapshotDoc.toString(yamlOptions) : collection.snapshotYaml,
    updates,
  };
  if (updates.length > 0) checkResult(result, collection);
  return result;
}
