/**
 * Brings upstream Experience League translations of the module page into the collection.
 *
 * Our strings are our own wording of the upstream facts, with the machine-translation defects
 * fixed, so an upstream row is compared with ours by its facts (code tokens, links, numbers), not
 * word by word. `--write` replaces a string only when its facts changed upstream, and then with
 * the upstream text converted and repaired; everything the source lacks (symptoms, labels, our
 * wording of unchanged rows) stays. Page facts (source revision, workflow) are updated too.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { modulePageSchema } from '../../src/content/module-page-schema.ts';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { parseInline } from '../../src/lib/inline.ts';
import type { LocaleCode } from '../../src/locales.ts';
import { ExlInputError, type ExlDocument } from './markdown.ts';
import { comparePageFacts } from './page-facts.ts';
import { compareRows } from './rows.ts';
import type {
  Collection,
  ImportContext,
  ImportResult,
  LocaleFindings,
  LocaleReport,
  ModuleTexts,
  PageFacts,
  Update,
} from './types.ts';

export type { Collection, Finding, ImportResult } from './types.ts';

const yamlOptions = { lineWidth: 0 } as const;

/** Refuses a batch that cannot be compared: two files of a locale, another page, another number of rows. */
function checkBatch(docs: readonly ExlDocument[], ctx: ImportContext): void {
  const { collection, page, ids } = ctx;
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
        `${doc.file}:${doc.heading.line}: this is the page "#${doc.heading.anchor}", not "#${page.id}". ` +
          `Fix: pass the modules-and-frequent-issues file of each language.`,
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
  const modulesCounter = new LineCounter();
  const modulesDoc = parseDocument(collection.modulesYaml, { lineCounter: modulesCounter });
  const pageDoc = parseDocument(collection.pageYaml);
  const modules = parseModulesYaml(collection.modulesYaml, collection.modulesFile) as ModuleTexts[];
  const page = (pageDoc.toJS() as PageFacts[] | null)?.[0];
  if (!page)
    throw new ExlInputError(
      `${collection.pageFile}: the file has no page entry. Fix: restore the module page metadata before importing.`,
    );
  // Revisions from this batch that we do not know yet are taken as newer than all listed ones.
  const newRevisions = [
    ...new Set(docs.map((d) => d.frontMatter.sourceCommit).filter((c) => !page.revisions.includes(c))),
  ];
  const ctx: ImportContext = {
    collection,
    modulesDoc,
    modulesCounter,
    modules,
    ids: modules.map((m) => m.id),
    page,
    newRevisions,
    revisions: [...newRevisions, ...page.revisions],
  };
  checkBatch(docs, ctx);

  const reports: LocaleReport[] = [];
  const updates: Update[] = [];
  for (const doc of docs) {
    const { file, locale } = doc;
    const out: LocaleFindings = {
      finding: (line, module, field, kind, problem, fix) => ({ file, line, module, field, locale, kind, problem, fix }),
      defects: [],
      differences: [],
      planned: [],
    };
    const { matches, kept } = compareRows(doc, ctx, out);
    comparePageFacts(doc, ctx, out);
    reports.push({
      file,
      locale,
      sourceCommit: doc.frontMatter.sourceCommit,
      workflow: doc.frontMatter.workflow,
      wordCount: doc.frontMatter.wordCount,
      exlId: doc.frontMatter.exlId,
      rows: doc.rows.map((r, i) => ({ line: r.line, name: r.cells[0]!.text, match: matches[i]! })),
      defects: out.defects.sort((a, b) => a.line - b.line),
      differences: out.differences,
      kept,
      updates: out.planned,
    });
    updates.push(...out.planned);
  }

  for (const u of updates) (u.file === collection.modulesFile ? modulesDoc : pageDoc).setIn(u.path, u.to);
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
  const result = {
    reports,
    modulesYaml: touched(collection.modulesFile) ? modulesDoc.toString(yamlOptions) : collection.modulesYaml,
    pageYaml: touched(collection.pageFile) ? pageDoc.toString(yamlOptions) : collection.pageYaml,
    updates,
  };
  if (updates.length > 0) checkResult(result, collection);
  return result;
}

/** Refuses an update that the build would reject, so that `--write` never leaves a broken collection. */
function checkResult(result: ImportResult, collection: Collection): void {
  const problems: string[] = [];
  try {
    for (const entry of parseModulesYaml(result.modulesYaml, collection.modulesFile)) {
      const parsed = moduleSchema(collection.modulesFile).safeParse(entry);
      if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
    }
    const pages = parseDocument(result.pageYaml).toJS() as unknown[];
    const parsed = modulePageSchema(collection.pageFile).safeParse(pages[0]);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const u of result.updates) {
    try {
      parseInline(u.to);
    } catch (error) {
      problems.push(`${u.file} › ${u.module} › ${u.field} › ${u.locale}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0)
    throw new ExlInputError(
      `The update would break the collection, so nothing was written:\n- ${problems.join('\n- ')}`,
    );
}
