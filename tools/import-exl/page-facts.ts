/**
 * Compares the page-level facts of one upstream file with content/modules-page.yaml: title and
 * intro defects, front matter notes, the source revision and the translation workflow.
 */
import { workflows } from '../../src/content/module-page.ts';
import type { Terms } from '../qa/terms.ts';
import { textDefects } from '../qa/text.ts';
import { lineAt, type ExlDocument } from './markdown.ts';
import type { Finding, MakeFinding, PageMeta, Update } from './types.ts';

/** Returns the line of `found` in a file, searching from `from`; `fallback` when it is not there. */
export function lineOfText(source: string, found: string, from: number, fallback: number): number {
  const at = found === '' ? -1 : source.indexOf(found, from);
  return at === -1 ? fallback : lineAt(source, at);
}

/** What comparing the page facts of one file needs, and what it returns. */
export type PageContext = {
  doc: ExlDocument;
  page: PageMeta;
  /** Every known revision, newest first, with the new ones of this batch in front. */
  revisions: readonly string[];
  newRevisions: readonly string[];
  pageFile: string;
  finding: MakeFinding;
  terms: Terms;
};
type PageFacts = { defects: Finding[]; differences: Finding[]; planned: Update[]; older: boolean };

/** Reports the defects of the title and intro, and the notes on the front matter. */
function textFindings(c: PageContext, out: PageFacts): void {
  const { locale, source } = c.doc;
  for (const [field, text, line] of [
    ['title', c.doc.frontMatter.title, c.doc.heading.line],
    ['intro', c.doc.intro?.text, c.doc.intro?.line ?? 1],
  ] as const) {
    if (text === undefined) continue;
    for (const d of textDefects(text, { locale, field, code: false, terms: c.terms }))
      out.defects.push(c.finding(lineOfText(source, d.found, 0, line), c.page.id, field, d.rule, d.message, d.fix));
  }
  const fix = 'nothing to do; reported so that the disagreement is known';
  for (const note of c.doc.frontMatter.notes)
    out.defects.push(c.finding(1, c.page.id, 'front matter', 'front-matter', note, fix, 'warning'));
}

/** Compares the source revision; a file older than the recorded translation is reported and never written. */
function revisionFindings(c: PageContext, out: PageFacts): void {
  const { locale, source } = c.doc;
  const ours = c.page.locales[locale] ?? {};
  const commit = c.doc.frontMatter.sourceCommit;
  const age = c.revisions.indexOf(commit);
  const oursAge = ours.sourceCommit ? c.revisions.indexOf(ours.sourceCommit) : -1;
  out.older = oursAge !== -1 && oursAge < age;
  if (ours.sourceCommit === commit) return;
  const [message, fix] = out.older
    ? [
        `this file (${commit.slice(0, 7)}) is older than the translation recorded in ${c.pageFile} ` +
          `(${ours.sourceCommit!.slice(0, 7)})`,
        'nothing is written for it; import the newer file',
      ]
    : [
        `source revision ${commit.slice(0, 7)} replaces ${ours.sourceCommit?.slice(0, 7) ?? 'nothing'}` +
          (c.newRevisions.includes(commit) ? ' (a revision not listed yet: it is added as the newest)' : ''),
        'run with --write to record it; the wording report below says which rows changed',
      ];
  const line = lineOfText(source, commit, 0, 1);
  out.differences.push(c.finding(line, c.page.id, 'sourceCommit', 'difference', message, fix, 'warning'));
  if (out.older) return;
  const path = [0, 'locales', locale, 'sourceCommit'];
  out.planned.push({
    file: c.pageFile,
    path,
    locale,
    module: c.page.id,
    field: 'sourceCommit',
    from: ours.sourceCommit,
    to: commit,
  });
}

/** Compares the translation workflow and the title. */
function workflowFindings(c: PageContext, out: PageFacts): void {
  const { locale, source } = c.doc;
  const ours = c.page.locales[locale] ?? {};
  const workflow = c.doc.frontMatter.workflow;
  const line = workflow ? lineOfText(source, workflow, 0, 1) : 1;
  if (workflow && !(workflows as readonly string[]).includes(workflow)) {
    const fix = `expected one of ${workflows.join(', ')}; ${c.pageFile} keeps "${ours.workflow}"`;
    out.defects.push(
      c.finding(line, c.page.id, 'workflow-type', 'front-matter', `unknown workflow-type "${workflow}"`, fix),
    );
  } else if (workflow && workflow !== ours.workflow && !out.older) {
    const why = `workflow "${workflow}" replaces "${ours.workflow}"`;
    out.differences.push(
      c.finding(line, c.page.id, 'workflow', 'difference', why, 'run with --write to record it', 'warning'),
    );
    const path = [0, 'locales', locale, 'workflow'];
    out.planned.push({
      file: c.pageFile,
      path,
      locale,
      module: c.page.id,
      field: 'workflow',
      from: ours.workflow,
      to: workflow,
    });
  }
  if (ours.title && ours.title !== c.doc.frontMatter.title) {
    const why = `upstream title "${c.doc.frontMatter.title}", ours "${ours.title}"`;
    const fix = `keep ours, or copy the upstream title into ${c.pageFile} by hand`;
    out.differences.push(c.finding(c.doc.heading.line, c.page.id, 'title', 'difference', why, fix, 'warning'));
  }
}

/**
 * Returns the page-level defects and differences of one file and the updates `--write` would
 * make. A revision older than the recorded one is reported and never written (`older`). A revision alone
 * says nothing about staleness (the table text can be the same across revisions): wording
 * changes are found against the snapshot instead.
 */
export function comparePageFacts(c: PageContext): PageFacts {
  const out: PageFacts = { defects: [], differences: [], planned: [], older: false };
  textFindings(c, out);
  revisionFindings(c, out);
  workflowFindings(c, out);
  return out;
}
