/** Compares the page facts of an upstream file with ours: title and intro text, source revision, workflow. */
import { workflows } from '../../src/content/module-page-schema.ts';
import { findTextDefects } from '../qa/translation-defects.ts';
import { lineOfFound, type ExlDocument } from './markdown.ts';
import type { ImportContext, LocaleFindings } from './types.ts';

/** Reports the defects of the title and the intro, and the notes about the front matter. */
function pageTextDefects(doc: ExlDocument, ctx: ImportContext, out: LocaleFindings): void {
  const { locale, source } = doc;
  const { page } = ctx;
  const { finding, defects } = out;
  for (const [field, text, line] of [
    ['title', doc.frontMatter.title, doc.heading.line],
    ['intro', doc.intro?.text, doc.intro?.line ?? 1],
  ] as const) {
    if (text === undefined) continue;
    for (const d of findTextDefects(text, locale, { field }))
      defects.push(finding(lineOfFound(source, d.found, 0, line), page.id, field, d.kind, d.problem, d.fix));
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
}

/**
 * Compares the source revision with the recorded one and plans recording it; returns true when the
 * file is older than the recorded translation, so that nothing of its page facts is taken.
 */
function compareRevision(doc: ExlDocument, ctx: ImportContext, out: LocaleFindings): boolean {
  const { locale, source } = doc;
  const { collection, page, revisions, newRevisions } = ctx;
  const { finding, defects, differences, planned } = out;
  const ours = page.locales[locale] ?? {};
  const commit = doc.frontMatter.sourceCommit;
  const commitLine = lineOfFound(source, commit, 0, 1);
  const age = revisions.indexOf(commit);
  if (age > 0) {
    defects.push(
      finding(
        commitLine,
        page.id,
        'source-git-commit',
        'stale-revision',
        `translated from the English revision ${commit.slice(0, 7)}, ${age} behind the newest known ` +
          `(${revisions[0]!.slice(0, 7)})`,
        'wait for (or request) a newer translation; the page shows a notice until then',
      ),
    );
  }
  const oursAge = ours.sourceCommit ? revisions.indexOf(ours.sourceCommit) : -1;
  const olderThanOurs = oursAge !== -1 && oursAge < age;
  if (ours.sourceCommit !== commit) {
    const recorded = ours.sourceCommit?.slice(0, 7);
    const problem = olderThanOurs
      ? `this file (${commit.slice(0, 7)}) is older than the translation recorded in ${collection.pageFile} ` +
        `(${recorded})`
      : `source revision ${commit.slice(0, 7)} replaces ${recorded ?? 'nothing'}` +
        (newRevisions.includes(commit) ? ' (a revision not listed yet: it is added as the newest)' : '');
    const fix = olderThanOurs
      ? 'nothing is written for it; import the newer file'
      : 'run with --write to record it, then review every string of this locale';
    differences.push(finding(commitLine, page.id, 'sourceCommit', 'difference', problem, fix));
    if (!olderThanOurs)
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
  return olderThanOurs;
}

/** Compares the page facts of one upstream file with ours and plans the updates of the page metadata. */
export function comparePageFacts(doc: ExlDocument, ctx: ImportContext, out: LocaleFindings): void {
  const { locale, source } = doc;
  const { collection, page } = ctx;
  const { finding, defects, differences, planned } = out;
  const ours = page.locales[locale] ?? {};
  pageTextDefects(doc, ctx, out);
  const olderThanOurs = compareRevision(doc, ctx, out);
  const workflow = doc.frontMatter.workflow;
  if (workflow && !(workflows as readonly string[]).includes(workflow)) {
    defects.push(
      finding(
        lineOfFound(source, workflow, 0, 1),
        page.id,
        'workflow-type',
        'front-matter',
        `unknown workflow-type "${workflow}"`,
        `expected one of ${workflows.join(', ')}; ${collection.pageFile} keeps "${ours.workflow}"`,
      ),
    );
  } else if (workflow && workflow !== ours.workflow && !olderThanOurs) {
    differences.push(
      finding(
        lineOfFound(source, workflow, 0, 1),
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
}
