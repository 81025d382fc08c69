/**
 * The localized fields of a module entry, declared once: their kind (inline markup, plain text or a
 * list of plain phrases) drives the schema's checks, the content lint, the link checker and the
 * importer. Adding a localized field is one entry here plus the component that shows it.
 */
import { z } from 'astro/zod';
import { InlineSyntaxError, parseInline } from '../lib/inline.ts';
import { localeCodes } from '../locales.ts';
import { contentError, quote, type Place } from './errors.ts';

/** How a localized string may be written. */
export type FieldKind = 'inline' | 'plain' | 'list';

/** One localized field of a module entry. */
export type LocalizedField = { kind: FieldKind; optional?: boolean; minItems?: number };

/** The localized fields of a module entry, in the order the table shows them. */
export const localizedFields = {
  /** Optional common name readers know (監視 for watchdog), shown beside the id. Plain text. */
  label: { kind: 'plain', optional: true },
  /** What the module runs or serves (the "Execution scope" column). Inline markup allowed. */
  scope: { kind: 'inline' },
  /** What to check or do when the module is at fault. Inline markup allowed. */
  troubleshooting: { kind: 'inline' },
  /** Short phrases a reader would type when this module is at fault; two or more per locale. */
  symptoms: { kind: 'list', minItems: 2 },
} as const satisfies Record<string, LocalizedField>;

export type LocalizedFieldName = keyof typeof localizedFields;

/** Names of the fields that hold inline markup (links and code), for the link checker and the lint. */
export const inlineFields = (Object.keys(localizedFields) as LocalizedFieldName[]).filter(
  (name): name is InlineFieldName => localizedFields[name].kind === 'inline',
);

/** A field written in inline markup (required in every locale). */
export type InlineFieldName = {
  [K in LocalizedFieldName]: (typeof localizedFields)[K]['kind'] extends 'inline' ? K : never;
}[LocalizedFieldName];

/** A string in every locale (zod's enum-keyed record requires each key). */
const localizedText = z.record(z.enum(localeCodes), z.string());
/** A list of phrases in every locale. */
const localizedList = z.record(z.enum(localeCodes), z.array(z.string()));

/** Typed values of the localized fields, once `checkLocalized` accepted them. */
export const localizedValues = z.object({
  label: localizedText.optional(),
  scope: localizedText,
  troubleshooting: localizedText,
  symptoms: localizedList,
} satisfies Record<LocalizedFieldName, z.ZodType>);

export type Ctx = z.core.$RefinementCtx;
type Kind = Exclude<FieldKind, 'list'>;

/** Reports a problem with one string; returns false when the string is unusable. */
export function checkString(ctx: Ctx, place: Place, value: unknown, kind: Kind, path: (string | number)[]): boolean {
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
    return fail(
      `the text ${quote(value)} contains mojibake`,
      'retype the damaged characters (for example "beïnvloed")',
    );
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
export function checkLocalized(ctx: Ctx, place: Omit<Place, 'locale'>, value: unknown, field: LocalizedField): void {
  const options = {
    kind: field.kind === 'list' ? 'plain' : field.kind,
    list: field.kind === 'list' ? { minItems: field.minItems ?? 1 } : undefined,
  } as const;
  const path = [place.field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: contentError(
        place,
        `expected one entry per locale, got ${quote(value)}`,
        `write "${place.field}:" followed by the keys ` + `${localeCodes.join(', ')}`,
      ),
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
        message: contentError(
          at,
          `expected a list of at least ${minItems} phrases, got ` + `${quote(item)}`,
          `add ${minItems} or more "${locale}" phrases under "${place.field}" of ` + `${place.entry}`,
        ),
      });
      continue;
    }
    item.forEach((phrase, i) => checkString(ctx, at, phrase, options.kind, [...path, locale, i]));
    const seen = new Set<string>();
    for (const phrase of item) {
      const key = String(phrase).trim().toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, locale],
          message: contentError(at, `the phrase ${quote(phrase)} is listed twice`, 'remove the duplicate'),
        });
      }
      seen.add(key);
    }
  }
}
