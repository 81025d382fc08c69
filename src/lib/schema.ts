/**
 * Schemas of the content collections. Localized fields are records that must hold every locale;
 * the checks run in `superRefine` so that each message can name the file, the entry, the field
 * and the locale, quote the bad value and say how to fix it (zod's own messages cannot).
 */
import { z } from 'astro/zod';
import { localeCodes, type LocaleCode } from '../locales.ts';
import { InlineSyntaxError, parseInline } from './inline.ts';

/** A value with one entry per locale. */
export type Localized<T> = Record<LocaleCode, T>;

/** Where a value sits, for error messages. */
export type Place = { file: string; entry: string; field: string; locale?: string };

/** Formats a content error the same way everywhere: place, problem, fix. */
export function contentError(place: Place, problem: string, fix: string): string {
  const where = [place.file, place.entry, `field "${place.field}"`, place.locale && `locale "${place.locale}"`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${problem}. Fix: ${fix}.`;
}

/** Quotes a value for a message, shortened and with its type when it is not a string. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = typeof value === 'string' ? JSON.stringify(value) : `${JSON.stringify(value)} (${Array.isArray(value) ? 'a list' : typeof value})`;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

type Ctx = z.core.$RefinementCtx;
type Kind = 'inline' | 'plain';

/** Reports a problem with one string; returns false when the string is unusable. */
function checkString(ctx: Ctx, place: Place, value: unknown, kind: Kind, path: (string | number)[]): boolean {
  const fail = (problem: string, fix: string) => {
    ctx.addIssue({ code: 'custom', message: contentError(place, problem, fix), path });
    return false;
  };
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(
      value === undefined ? 'the text is missing' : `the text is empty or not text (got ${quote(value)})`,
      `write the ${place.locale} text for "${place.field}" of ${place.entry}`,
    );
  }
  if (/[\u200B-\u200D\u2060\uFEFF]/.test(value)) {
    return fail(`the text ${quote(value)} contains a zero-width character`, 'delete the invisible character');
  }
  if (/\uFFFD|√[ØÆ]|Ã.|â€/.test(value)) {
    return fail(`the text ${quote(value)} contains mojibake`, 'retype the damaged characters (for example "beïnvloed")');
  }
  if (kind === 'plain' && /[`<>[\]]/.test(value)) {
    return fail(`the text ${quote(value)} contains markup`, 'write plain words only: no backticks, brackets or HTML');
  }
  if (kind === 'inline') {
    try {
      parseInline(value);
    } catch (error) {
      if (!(error instanceof InlineSyntaxError)) throw error;
      return fail(error.message, 'correct the markup as described');
    }
  }
  return true;
}

/**
 * Checks a localized value: an object with exactly the five locale keys, each holding a string
 * (or a list of at least `minItems` strings). Unknown keys are usually a misspelled locale.
 */
function checkLocalized(
  ctx: Ctx,
  place: Omit<Place, 'locale'>,
  value: unknown,
  options: { kind: Kind; list?: { minItems: number } },
): void {
  const path = [place.field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: contentError(place, `expected one entry per locale, got ${quote(value)}`, `write "${place.field}:" followed by the keys ${localeCodes.join(', ')}`),
    });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(localeCodes as string[]).includes(key)) {
      const near = localeCodes.find((c) => c.toLowerCase() === key.toLowerCase());
      ctx.addIssue({
        code: 'custom',
        path: [...path, key],
        message: contentError(
          { ...place, locale: key },
          `"${key}" is not a published locale`,
          near ? `rename the key to "${near}"` : `use one of ${localeCodes.join(', ')} or remove the entry`,
        ),
      });
    }
  }
  for (const locale of localeCodes) {
    const at = { ...place, locale };
    const item = record[locale];
    if (!options.list) {
      checkString(ctx, at, item, options.kind, [...path, locale]);
      continue;
    }
    const { minItems } = options.list;
    if (!Array.isArray(item) || item.length < minItems) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, locale],
        message: contentError(at, `expected a list of at least ${minItems} phrases, got ${quote(item)}`, `add ${minItems} or more "${locale}" phrases under "${place.field}" of ${place.entry}`),
      });
      continue;
    }
    item.forEach((phrase, i) => checkString(ctx, at, phrase, options.kind, [...path, locale, i]));
    const seen = new Set<string>();
    for (const phrase of item) {
      const key = String(phrase).trim().toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, locale], message: contentError(at, `the phrase ${quote(phrase)} is listed twice`, 'remove the duplicate') });
      }
      seen.add(key);
    }
  }
}

const localizedInput = z.unknown();

/** A module id: the literal `nlserver` module name, also its HTML id and URL fragment. */
export const moduleIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;

/** Schema of one entry of `content/modules.yaml`. */
export function moduleSchema(file: string) {
  return z
    .object({
      /** The literal `nlserver` module name (`inMail`), never translated; the entry's anchor. */
      id: z.string(),
      /** Optional common name readers know (監視 for watchdog), shown beside the id. */
      label: localizedInput.optional(),
      /** What the module runs or serves (the "Execution scope" column). Inline markup allowed. */
      scope: localizedInput,
      /** What to check or do when the module is at fault. Inline markup allowed. */
      troubleshooting: localizedInput,
      /** Short phrases a reader would type when this module is at fault; two or more per locale. */
      symptoms: localizedInput,
      /** Former ids that must keep resolving (a renamed module keeps its old links working). */
      aliases: z.array(z.string()).default([]),
    })
    .superRefine((m, ctx) => {
      const entry = `module "${m.id}"`;
      if (!moduleIdPattern.test(m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['id'],
          message: contentError({ file, entry, field: 'id' }, `${quote(m.id)} is not a module name`, 'use the literal nlserver module name, letters and digits only, such as "inMail"'),
        });
      }
      if (m.label !== undefined) checkLocalized(ctx, { file, entry, field: 'label' }, m.label, { kind: 'plain' });
      checkLocalized(ctx, { file, entry, field: 'scope' }, m.scope, { kind: 'inline' });
      checkLocalized(ctx, { file, entry, field: 'troubleshooting' }, m.troubleshooting, { kind: 'inline' });
      checkLocalized(ctx, { file, entry, field: 'symptoms' }, m.symptoms, { kind: 'plain', list: { minItems: 2 } });
      for (const alias of m.aliases) {
        if (!moduleIdPattern.test(alias) || alias === m.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['aliases'],
            message: contentError({ file, entry, field: 'aliases' }, `${quote(alias)} is not a usable former id`, 'list only earlier module names, letters and digits, different from the id'),
          });
        }
      }
    })
    .transform((m) => ({
      id: m.id,
      label: m.label as Localized<string> | undefined,
      scope: m.scope as Localized<string>,
      troubleshooting: m.troubleshooting as Localized<string>,
      symptoms: m.symptoms as Localized<string[]>,
      aliases: m.aliases,
    }));
}
export type ModuleEntry = z.output<ReturnType<typeof moduleSchema>>;

/** How a page's upstream translation was made (Experience League `workflow-type`). */
export const workflows = ['tm+mt', 'mt', 'ht'] as const;

/** Schema of `content/modules-page.yaml`: the module page's metadata in every locale. */
export function modulePageSchema(file: string) {
  return z
    .object({
      /** Page id: URL slug and H1 id. */
      id: z.literal('modules-and-frequent-issues'),
      /** Experience League page id (front matter `exl-id`), the same in every language. */
      exlId: z.string().regex(/^[0-9a-f-]{36}$/),
      /** Path of the English source in AdobeDocs/campaign-classic.en. */
      source: z.string(),
      /** English source revisions (`source-git-commit`) known to us, newest first. */
      revisions: z.array(z.string().regex(/^[0-9a-f]{40}$/)).min(1),
      /** Per-locale page text and upstream translation facts. */
      locales: localizedInput,
    })
    .superRefine((p, ctx) => {
      const entry = `page "${p.id}"`;
      const record = (p.locales ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const locale of localeCodes) {
        const l = record[locale];
        const place = (field: string): Place => ({ file, entry, field, locale });
        if (typeof l !== 'object' || l === null) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale], message: contentError(place('locales'), 'the locale is missing', `add "${locale}:" with title, description, intro, sourceCommit and workflow`) });
          continue;
        }
        for (const field of ['title', 'description'] as const) checkString(ctx, place(field), l[field], 'plain', ['locales', locale, field]);
        checkString(ctx, place('intro'), l['intro'], 'inline', ['locales', locale, 'intro']);
        if (typeof l['sourceCommit'] !== 'string' || !p.revisions.includes(l['sourceCommit'])) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale, 'sourceCommit'], message: contentError(place('sourceCommit'), `${quote(l['sourceCommit'])} is not one of the listed revisions`, 'copy source-git-commit from the upstream front matter and list it under "revisions"') });
        }
        if (!(workflows as readonly unknown[]).includes(l['workflow'])) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale, 'workflow'], message: contentError(place('workflow'), `${quote(l['workflow'])} is not a translation workflow`, `use one of ${workflows.join(', ')} (upstream workflow-type)`) });
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

/** Front matter of an MDX page in `content/pages/<locale>/<page>.mdx`. */
export const pageSchema = z.object({
  /** Stable page id: URL slug and H1 id, the same in every locale. */
  page: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Page title (H1 and `<title>`), in the page's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for search engines and the home page. */
  description: z.string().trim().min(1),
  /** Module ids the page concerns; each must exist in the module collection. */
  modules: z.array(z.string()).default([]),
  /** Path of the English source in AdobeDocs/campaign-classic.en the facts come from. */
  source: z.string(),
});
export type PageFrontmatter = z.output<typeof pageSchema>;
