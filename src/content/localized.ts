/**
 * The localized fields of a module entry, declared once: their kind (inline markup, plain text or a
 * list of plain phrases) decides which rules apply to them in the schema and the content lint, which
 * strings the link check reads, and what the importer compares. Adding a localized field is one entry
 * here plus the component that shows it.
 */
import { z } from 'astro/zod';
import { localeCodes, type LocaleCode } from '../locales.ts';

/** How a localized string may be written. */
export type FieldKind = 'inline' | 'plain' | 'list';

/**
 * Where a field's text goes in the module's search record (`src/search/contract.ts`): its `label` and `head`
 * are shown with the result; every other field is `body`, searched and excerpted.
 */
export type SearchRole = 'label' | 'head' | 'body';

/** One localized field of a module entry. */
export type LocalizedField = { kind: FieldKind; optional?: boolean; minItems?: number; search?: SearchRole };

/** The localized fields of a module entry, in the order the table shows them. */
export const localizedFields = {
  /** Optional common name readers know (監視 for watchdog), shown beside the id. Plain text. */
  label: { kind: 'plain', optional: true, search: 'label' },
  /** What the module runs or serves (the "Execution scope" column). Inline markup allowed. */
  scope: { kind: 'inline', search: 'head' },
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

/** The zod type of one field's value: a list of phrases or a string per locale, optional when the field is. */
type ValueType<F extends LocalizedField> = F extends { kind: 'list' }
  ? F extends { optional: true }
    ? z.ZodOptional<typeof localizedList>
    : typeof localizedList
  : F extends { optional: true }
    ? z.ZodOptional<typeof localizedText>
    : typeof localizedText;

/** Typed values of the localized fields, once the rules accepted them: derived from the registry above. */
export const localizedValues = z.object(
  Object.fromEntries(
    Object.entries(localizedFields).map(([name, field]: [string, LocalizedField]) => {
      const value = field.kind === 'list' ? localizedList : localizedText;
      return [name, field.optional ? value.optional() : value];
    }),
  ) as { [K in LocalizedFieldName]: ValueType<(typeof localizedFields)[K]> },
);

/** One localized value of an entry as written: field, locale, value, and its path in the entry. */
export type LocalizedSpot = {
  field: LocalizedFieldName;
  locale: LocaleCode;
  value: unknown;
  path: [LocalizedFieldName, LocaleCode];
  kind: FieldKind;
  minItems?: number;
};

/**
 * Returns every localized value of a module entry, one per field and locale, missing ones included (as
 * undefined) so that rules can name them. An optional field left out, or a field that is not a map of
 * locales (`locale-keys` reports it), yields nothing. The schema and the lint walk entries through this.
 */
export function localizedSpots(entry: Record<string, unknown>): LocalizedSpot[] {
  return (Object.keys(localizedFields) as LocalizedFieldName[]).flatMap((field) => {
    const spec: LocalizedField = localizedFields[field];
    const record = entry[field];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return [];
    return localeCodes.map((locale) => ({
      field,
      locale,
      value: (record as Record<string, unknown>)[locale],
      path: [field, locale] as [LocalizedFieldName, LocaleCode],
      kind: spec.kind,
      ...(spec.minItems === undefined ? {} : { minItems: spec.minItems }),
    }));
  });
}
