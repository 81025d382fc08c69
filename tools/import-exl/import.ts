/**
 * Brings upstream Experience League translations of the module page into the collection.
 *
 * Our strings are our own wording of the upstream facts, with the machine-translation defects
 * fixed, so an upstream row is compared with ours by its facts (code tokens, links, numbers), not
 * word by word. `--write` replaces a string only when its facts changed upstream, and then with
 * the upstream text converted and repaired; everything the source lacks (symptoms, labels, our
 * wording of unchanged rows) stays. Page facts (source revision, workflow) are updated too.
 */
import { isSeq, LineCounter, parseDocument, type Document, type YAMLSeq } from 'yaml';
import type { LocaleCode } from '../../src/locales.ts';
import { cellToInline, markupDefects } from './cells.ts';
import { ExlInputError, lineAt, type ExlDocument } from './markdown.ts';
import { invariantsDiff, inlineInvariants, type Invariants } from '../qa/invariants.ts';
import { parseInline } from '../../src/lib/inline.ts';
import { matchModuleNames, type NameMatch } from '../qa/module-names.ts';
import type { LocalizedFieldName } from '../../src/content/localized.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { modulePageSchema, workflows } from '../../src/content/module-page-schema.ts';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { findTextDefects, type DefectKind } from '../qa/translation-defects.ts';

/** The collection files the importer reads and may rewrite, as text. */
export type Collection = {
  modulesFile: string;
  modulesYaml: string;
  pageFile: string;
  pageYaml: string;
  /** Ids of the site's pages, the targets a converted link may point to. */
  pageIds: string[];
};

/** One line of a report: where, what is wrong or different, and what to do. */
export type Finding = {
  file: string;
  line: number;
  module: string;
  field: string;
  locale: LocaleCode;
  kind: DefectKind | 'difference';
  problem: string;
  fix: string;
};

/** A change `--write` makes to a collection file. */
export type Update = {
  file: string;
  path: (string | number)[];
  locale: LocaleCode;
  module: string;
  field: string;
  from: string | undefined;
  to: string;
};

/** What the importer found in one upstream file. */
export type LocaleReport = {
  file: string;
  locale: LocaleCode;
  sourceCommit: string;
  workflow: string | undefined;
  wordCount: number | undefined;
  exlId: string | undefined;
  /** How each row's name cell was matched, in row order. */
  rows: { line: number; name: string; match: NameMatch }[];
  /** Defects of the upstream text itself. */
  defects: Finding[];
  /** Where the source's facts differ from the collection. */
  differences: Finding[];
  /** Strings whose facts match the source; our wording of them is kept. */
  kept: number;
  updates: Update[];
};

/** The result of an import: one report per file, and the collection files as `--write` would leave them. */
export type ImportResult = { reports: LocaleReport[]; modulesYaml: string; pageYaml: string; updates: Update[] };

/** Our fields for the upstream table's columns after the module name, in column order. */
const rowFields = ['scope', 'troubleshooting'] as const satisfies readonly LocalizedFieldName[];
const yamlOptions = { lineWidth: 0 } as const;

/** Returns the 1-based line of a node path in a YAML document, or 1. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? counter.linePos(node.range[0]).line : 1;
}

/** Returns the line of `found` in a file, searching from `from`; `fallback` when it is not there. */
function lineOfText(source: string, found: string, from: number, fallback: number): number {
  const at = found === '' ? -1 : source.indexOf(found, from);
  return at === -1 ? fallback : lineAt(source, at);
}

/**
 * Compares upstream files with the collection and plans the updates. Throws an ExlInputError,
 * naming the file, for input that cannot be imported; nothing is planned in that case.
 */
export function importExl(docs: readonly ExlDocument[], collection: Collection): ImportResult {
  const modulesCounter = new LineCounter();
  const modulesDoc = parseDocument(collection.modulesYaml, { lineCounter: modulesCounter });
  const pageDoc = parseDocument(collection.pageYaml);
  const modules = parseModulesYaml(collection.modulesYaml, collection.modulesFile) as {
    id: string;
    label?: Record<string, string>;
    scope?: Record<string, string>;
    troubleshooting?: Record<string, string>;
  }[];
  const page = (
    pageDoc.toJS() as
      | {
          id: string;
          exlId: string;
          revisions: string[];
          locales: Record<string, { title?: string; sourceCommit?: string; workflow?: string }>;
        }[]
      | null
  )?.[0];
  if (!page)
    throw new ExlInputError(
      `${collection.pageFile}: the file has no page entry. Fix: restore the module page metadata before importing.`,
    );
  const ids = modules.map((m) => m.id);
  const labels = Object.fromEntries(modules.map((m) => [m.id, Object.values(m.label ?? {})]));

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
        `${doc.file}:${doc.heading.line}: this is the page "#${doc.heading.anchor}", not "#${page.id}". Fix: pass the modules-and-frequent-issues file of each language.`,
      );
    }
    if (doc.frontMatter.exlId && doc.frontMatter.exlId !== page.exlId) {
      throw new ExlInputError(
        `${doc.file}: exl-id "${doc.frontMatter.exlId}" is another page than ${page.id} (exl-id "${page.exlId}"). Fix: pass the modules-and-frequent-issues file of each language.`,
      );
    }
    if (doc.rows.length !== ids.length) {
      throw new ExlInputError(
        `${doc.file}: the table has ${doc.rows.length} rows but ${collection.modulesFile} has ${ids.length} modules. Fix: pass the complete file; if upstream added or removed a module, change ${collection.modulesFile} first (ids, labels, symptoms), then import again.`,
      );
    }
  }

  // Revisions from this batch that we do not know yet are taken as newer than all listed ones.
  const newRevisions = [
    ...new Set(docs.map((d) => d.frontMatter.sourceCommit).filter((c) => !page.revisions.includes(c))),
  ];
  const revisions = [...newRevisions, ...page.revisions];
  const reports: LocaleReport[] = [];
  const updates: Update[] = [];

  for (const doc of docs) {
    const { locale, file, source } = doc;
    const finding = (
      line: number,
      module: string,
      field: string,
      kind: Finding['kind'],
      problem: string,
      fix: string,
    ): Finding => ({ file, line, module, field, locale, kind, problem, fix });
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
          `${file}:${doc.rows[i]!.line}: row ${i + 1} ("${doc.rows[i]!.cells[0]!.text}") ${m.id ? `maps to module "${m.id}", like row ${before! + 1}` : 'names no module'}. Fix: check the name cells of the table against ${collection.modulesFile} (${ids.join(', ')}).`,
        );
      }
      claimed.set(m.id, i);
    });

    doc.rows.forEach((row, i) => {
      const match = matches[i]!;
      const id = match.id;
      const name = row.cells[0]!;
      const nameProblem: Record<NameMatch['how'], string | undefined> = {
        exact: undefined,
        case: `module name "${name.text}" changes the letter case of the command name "${id}"`,
        translation: `module name translated as "${name.text}"; the command name is "${id}"`,
        misspelling: `misspelled module name "${name.text}"; the command name is "${id}"`,
        position: `unrecognized module name "${name.text}"; row ${i + 1} taken as "${id}" by its position`,
      };
      const problem = nameProblem[match.how];
      if (problem)
        defects.push(
          finding(
            name.line,
            id,
            'module',
            'module-name',
            problem,
            `module names are nlserver commands: write "${id}", never a translation`,
          ),
        );
      if (id !== ids[i]) {
        differences.push(
          finding(
            row.line,
            id,
            'order',
            'difference',
            `row ${i + 1} is "${id}", which is row ${ids.indexOf(id) + 1} in ${collection.modulesFile}`,
            'reorder content/modules.yaml if upstream reordered the table on purpose',
          ),
        );
      }
      const entry = modules.find((m) => m.id === id)!;
      const index = modules.indexOf(entry);

      rowFields.forEach((field, f) => {
        const cell = row.cells[f + 1]!;
        const cellEnd = cell.offset + cell.html.length;
        for (const d of markupDefects(cell.html, collection.pageIds)) {
          defects.push(finding(lineAt(source, cell.offset + d.index), id, field, 'markup', d.problem, d.fix));
        }
        for (const d of findTextDefects(cell.text, locale, { module: id, field })) {
          const at = source.indexOf(d.found, cell.offset);
          defects.push(
            finding(at !== -1 && at < cellEnd ? lineAt(source, at) : cell.line, id, field, d.kind, d.problem, d.fix),
          );
        }
        const converted = cellToInline(cell.html, locale, { module: id, field }, collection.pageIds);
        for (const href of converted.unresolved) {
          defects.push(
            finding(
              lineOfText(source, href, cell.offset, cell.line),
              id,
              field,
              'link',
              `the link "${href}" points to no page of this site`,
              `keep the words without the link, or add the page to content/pages/`,
            ),
          );
        }
        let theirs: Invariants;
        try {
          theirs = inlineInvariants(converted.text);
        } catch (error) {
          differences.push(
            finding(
              cell.line,
              id,
              field,
              'difference',
              `the converted text ${JSON.stringify(converted.text)} is not valid inline syntax (${(error as Error).message})`,
              'edit this string by hand',
            ),
          );
          return;
        }
        const ours = entry[field]?.[locale];
        const path = [index, field, locale];
        if (typeof ours !== 'string' || ours.trim() === '') {
          planned.push({
            file: collection.modulesFile,
            path,
            locale,
            module: id,
            field,
            from: undefined,
            to: converted.text,
          });
          differences.push(
            finding(
              cell.line,
              id,
              field,
              'difference',
              `${collection.modulesFile} has no ${locale} text`,
              'run with --write to take the converted source text, then reword it',
            ),
          );
          return;
        }
        let oursInvariants: Invariants;
        try {
          oursInvariants = inlineInvariants(ours);
        } catch {
          oursInvariants = { code: [], links: [], numbers: [] };
        }
        const diff = invariantsDiff(oursInvariants, theirs);
        if (diff.length === 0) {
          kept++;
          return;
        }
        const what = diff
          .map(
            (d) =>
              `${d.kind}: source has ${d.extra.length ? d.extra.map((x) => `"${x}"`).join(', ') : 'nothing more'}${d.missing.length ? `, lacks ${d.missing.map((x) => `"${x}"`).join(', ')}` : ''}`,
          )
          .join('; ');
        differences.push({
          ...finding(
            lineOf(modulesDoc, modulesCounter, path),
            id,
            field,
            'difference',
            `the facts differ from the source (${what})`,
            `run with --write to take ${JSON.stringify(converted.text)}, then reword it`,
          ),
          file: collection.modulesFile,
        });
        planned.push({ file: collection.modulesFile, path, locale, module: id, field, from: ours, to: converted.text });
      });
    });

    for (const [field, text, line] of [
      ['title', doc.frontMatter.title, doc.heading.line],
      ['intro', doc.intro?.text, doc.intro?.line ?? 1],
    ] as const) {
      if (text === undefined) continue;
      for (const d of findTextDefects(text, locale, { field }))
        defects.push(finding(lineOfText(source, d.found, 0, line), page.id, field, d.kind, d.problem, d.fix));
    }
    for (const note of doc.frontMatter.notes)
      defects.push(
        finding(
          1,
          page.id,
          'front matter',
          'front-matter',
          note,
          'nothing to do; reported so that the disagreement is known',
        ),
      );

    const ours = page.locales[locale] ?? {};
    const commit = doc.frontMatter.sourceCommit;
    const commitLine = lineOfText(source, commit, 0, 1);
    const age = revisions.indexOf(commit);
    if (age > 0) {
      defects.push(
        finding(
          commitLine,
          page.id,
          'source-git-commit',
          'stale-revision',
          `translated from the English revision ${commit.slice(0, 7)}, ${age} behind the newest known (${revisions[0]!.slice(0, 7)})`,
          'wait for (or request) a newer translation; the page shows a notice until then',
        ),
      );
    }
    const oursAge = ours.sourceCommit ? revisions.indexOf(ours.sourceCommit) : -1;
    if (ours.sourceCommit !== commit) {
      if (oursAge !== -1 && oursAge < age) {
        differences.push(
          finding(
            commitLine,
            page.id,
            'sourceCommit',
            'difference',
            `this file (${commit.slice(0, 7)}) is older than the translation recorded in ${collection.pageFile} (${ours.sourceCommit!.slice(0, 7)})`,
            'nothing is written for it; import the newer file',
          ),
        );
      } else {
        differences.push(
          finding(
            commitLine,
            page.id,
            'sourceCommit',
            'difference',
            `source revision ${commit.slice(0, 7)} replaces ${ours.sourceCommit?.slice(0, 7) ?? 'nothing'}${newRevisions.includes(commit) ? ' (a revision not listed yet: it is added as the newest)' : ''}`,
            'run with --write to record it, then review every string of this locale',
          ),
        );
        planned.push({
          file: collection.pageFile,
          path: [0, 'locales', locale, 'sourceCommit'],
          locale,
          module: page.id,
          field: 'sourceCommit',
          from: ours.sourceCommit,
          to: commit,
        });
      }
    }
    const workflow = doc.frontMatter.workflow;
    if (workflow && !(workflows as readonly string[]).includes(workflow)) {
      defects.push(
        finding(
          lineOfText(source, workflow, 0, 1),
          page.id,
          'workflow-type',
          'front-matter',
          `unknown workflow-type "${workflow}"`,
          `expected one of ${workflows.join(', ')}; ${collection.pageFile} keeps "${ours.workflow}"`,
        ),
      );
    } else if (workflow && workflow !== ours.workflow && !(oursAge !== -1 && oursAge < age)) {
      differences.push(
        finding(
          lineOfText(source, workflow, 0, 1),
          page.id,
          'workflow',
          'difference',
          `workflow "${workflow}" replaces "${ours.workflow}"`,
          'run with --write to record it',
        ),
      );
      planned.push({
        file: collection.pageFile,
        path: [0, 'locales', locale, 'workflow'],
        locale,
        module: page.id,
        field: 'workflow',
        from: ours.workflow,
        to: workflow,
      });
    }
    if (ours.title && ours.title !== doc.frontMatter.title) {
      differences.push(
        finding(
          doc.heading.line,
          page.id,
          'title',
          'difference',
          `upstream title "${doc.frontMatter.title}", ours "${ours.title}"`,
          `keep ours, or copy the upstream title into ${collection.pageFile} by hand`,
        ),
      );
    }

    reports.push({
      file,
      locale,
      sourceCommit: commit,
      workflow,
      wordCount: doc.frontMatter.wordCount,
      exlId: doc.frontMatter.exlId,
      rows: doc.rows.map((r, i) => ({ line: r.line, name: r.cells[0]!.text, match: matches[i]! })),
      defects: defects.sort((a, b) => a.line - b.line),
      differences,
      kept,
      updates: planned,
    });
    updates.push(...planned);
  }

  for (const u of updates) (u.file === collection.modulesFile ? modulesDoc : pageDoc).setIn(u.path, u.to);
  if (newRevisions.length > 0) {
    const list = pageDoc.getIn([0, 'revisions'], true);
    if (!isSeq(list))
      throw new ExlInputError(
        `${collection.pageFile}: "revisions" is not a list. Fix: restore it as a list of commits, newest first.`,
      );
    (list as YAMLSeq).items.unshift(...newRevisions.map((c) => pageDoc.createNode(c)));
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
