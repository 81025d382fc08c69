/**
 * Schema of the module page's metadata (`content/modules-page.yaml`), one record per locale. Every check
 * is a rule of `rules/index.ts` (the `module-page` rule, and the field and text rules on each string).
 */
import { z } from 'astro/zod';
import { modulePageId } from '../lib/urls.ts';
import type { Localized } from './finding.ts';
import { workflows } from './module-page.ts';
import { contentRules } from './rules/index.ts';
import { addIssues, modulePageProblems } from './rules/run.ts';

export { workflows } from './module-page.ts';

/** The module page's metadata, once the rules accepted it. */
export type ModulePageEntry = {
  /** Page id: URL slug and H1 id. */
  id: typeof modulePageId;
  /** Experience League page id (front matter `exl-id`), the same in every language. */
  exlId: string;
  /** Path of the English source in AdobeDocs/campaign-classic.en. */
  source: string;
  /** English source revisions (`source-git-commit`) known to us, newest first. */
  revisions: string[];
  /** Per-locale page text and upstream translation facts. */
  locales: Localized<{
    title: string;
    description: string;
    intro: string;
    sourceCommit: string;
    workflow: (typeof workflows)[number];
  }>;
};

/** Schema of `content/modules-page.yaml`: the module page's metadata in every locale. */
export function modulePageSchema(file: string) {
  return z
    .record(z.string(), z.unknown())
    .superRefine((p, ctx) =>
      addIssues(ctx, modulePageProblems(p, contentRules), {
        file,
        entry: typeof p['id'] === 'string' ? p['id'] : modulePageId,
      }),
    )
    .transform((p) => p as ModulePageEntry);
}
