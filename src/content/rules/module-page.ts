/**
 * Rule `module-page`: the module page's metadata names the Experience League page it translates and, for
 * every locale, the English revision and workflow its upstream translation came from. The notice on the
 * page is built from these, and `import:exl` compares them with each upstream file.
 */
import { modulePageId } from '../../lib/urls.ts';
import { localeCodes } from '../../locales.ts';
import { quote } from '../finding.ts';
import { workflows } from '../module-page.ts';
import type { ModulePageRule, Problem } from './rule.ts';

/** The page-level fields: their check, and the fix when it fails. */
const pageFields: Record<string, { ok: (v: unknown) => boolean; fix: string }> = {
  id: { ok: (v) => v === modulePageId, fix: `write "id: ${modulePageId}"` },
  exlId: {
    ok: (v) => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v),
    fix: 'copy exl-id from the upstream front matter',
  },
  source: { ok: (v) => typeof v === 'string' && v !== '', fix: 'write the path of the English source' },
  revisions: {
    ok: (v) => Array.isArray(v) && v.length > 0 && v.every((r) => typeof r === 'string' && /^[0-9a-f]{40}$/.test(r)),
    fix: 'list the 40-character source-git-commit hashes, newest first',
  },
};

/** Returns the problems of one locale's upstream facts (revision and workflow). */
function localeProblems(l: Record<string, unknown>, locale: string, revisions: readonly unknown[]): Problem[] {
  const out: Problem[] = [];
  const commit = l['sourceCommit'];
  // Only an unknown revision is wrong: an older one says nothing about the text, which is compared row
  // by row against the upstream snapshot (the `snapshot-*` rules).
  if (typeof commit !== 'string' || !revisions.includes(commit)) {
    out.push({
      message: `${quote(commit)} is not one of the listed revisions`,
      fix: 'copy source-git-commit from the upstream front matter and list it under "revisions" (newest first)',
      path: ['locales', locale, 'sourceCommit'],
      field: 'sourceCommit',
      locale,
    });
  }
  if (!(workflows as readonly unknown[]).includes(l['workflow'])) {
    out.push({
      message: `${quote(l['workflow'])} is not a translation workflow`,
      fix: `use one of ${workflows.join(', ')} (upstream workflow-type)`,
      path: ['locales', locale, 'workflow'],
      field: 'workflow',
      locale,
    });
  }
  return out;
}

/** Reports a page field that is wrong, a missing locale, an unknown revision and an unknown workflow. */
export const modulePage: ModulePageRule = {
  name: 'module-page',
  target: 'modulePage',
  check(page) {
    const out: Problem[] = Object.entries(pageFields)
      .filter(([field, { ok }]) => !ok(page[field]))
      .map(([field, { fix }]) => ({ message: `${quote(page[field])} is not valid`, fix, path: [field] }));
    const revisions = Array.isArray(page['revisions']) ? (page['revisions'] as unknown[]) : [];
    const record = (page['locales'] ?? {}) as Record<string, unknown>;
    for (const locale of localeCodes) {
      const l = record[locale];
      if (typeof l === 'object' && l !== null)
        out.push(...localeProblems(l as Record<string, unknown>, locale, revisions));
      else
        out.push({
          message: 'the locale is missing',
          fix: `add "${locale}:" with title, description, intro, sourceCommit and workflow`,
          path: ['locales', locale],
          field: 'locales',
          locale,
        });
    }
    return out;
  },
};
