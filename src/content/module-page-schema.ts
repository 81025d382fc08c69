/** Schema of the module page's metadata (`content/modules-page.yaml`), one record per locale. */
import { z } from 'astro/zod';
import { modulePageId } from '../lib/urls.ts';
import { localeCodes } from '../locales.ts';
import { contentError, quote, type Localized, type Place } from './errors.ts';
import { checkString } from './localized.ts';

/** How a page's upstream translation was made (Experience League `workflow-type`). */
export const workflows = ['tm+mt', 'mt', 'ht'] as const;

/** Schema of `content/modules-page.yaml`: the module page's metadata in every locale. */
export function modulePageSchema(file: string) {
  return z
    .object({
      /** Page id: URL slug and H1 id. */
      id: z.literal(modulePageId),
      /** Experience League page id (front matter `exl-id`), the same in every language. */
      exlId: z.string().regex(/^[0-9a-f-]{36}$/),
      /** Path of the English source in AdobeDocs/campaign-classic.en. */
      source: z.string(),
      /** English source revisions (`source-git-commit`) known to us, newest first. */
      revisions: z.array(z.string().regex(/^[0-9a-f]{40}$/)).min(1),
      /** Per-locale page text and upstream translation facts. */
      locales: z.unknown(),
    })
    .superRefine((p, ctx) => {
      const entry = `page "${p.id}"`;
      const record = (p.locales ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const locale of localeCodes) {
        const l = record[locale];
        const place = (field: string): Place => ({ file, entry, field, locale });
        if (typeof l !== 'object' || l === null) {
          ctx.addIssue({
            code: 'custom',
            path: ['locales', locale],
            message: contentError(
              place('locales'),
              'the locale is missing',
              `add "${locale}:" with title, description, intro, ` + `sourceCommit and workflow`,
            ),
          });
          continue;
        }
        for (const field of ['title', 'description'] as const)
          checkString(ctx, place(field), l[field], 'plain', ['locales', locale, field]);
        checkString(ctx, place('intro'), l['intro'], 'inline', ['locales', locale, 'intro']);
        if (typeof l['sourceCommit'] !== 'string' || !p.revisions.includes(l['sourceCommit'])) {
          ctx.addIssue({
            code: 'custom',
            path: ['locales', locale, 'sourceCommit'],
            message: contentError(
              place('sourceCommit'),
              `${quote(l['sourceCommit'])} is not one of the ` + `listed revisions`,
              'copy source-git-commit from the upstream front matter and list it ' + 'under "revisions"',
            ),
          });
        }
        if (!(workflows as readonly unknown[]).includes(l['workflow'])) {
          ctx.addIssue({
            code: 'custom',
            path: ['locales', locale, 'workflow'],
            message: contentError(
              place('workflow'),
              `${quote(l['workflow'])} is not a translation workflow`,
              `use one of ${workflows.join(', ')} (upstream ` + `workflow-type)`,
            ),
          });
        }
      }
    })
    .transform((p) => ({
      ...p,
      locales: p.locales as Localized<{
        title: string;
        description: string;
        intro: string;
        sourceCommit: string;
        workflow: (typeof workflows)[number];
      }>,
    }));
}
export type ModulePageEntry = z.output<ReturnType<typeof modulePageSchema>>;
