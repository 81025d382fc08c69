/**
 * The module page's metadata (`content/modules-page.yaml`) as the rules see it: its localized fields and
 * the translation workflows upstream names. The schema is `module-page-schema.ts`, the checks are rules.
 */
import { localeCodes, type LocaleCode } from '../locales.ts';
import type { FieldKind } from './localized.ts';

/** How a page's upstream translation was made (Experience League `workflow-type`). */
export const workflows = ['tm+mt', 'mt', 'ht'] as const;

/** The localized fields of each locale of the module page, with how they may be written. */
export const modulePageFields = { title: 'plain', description: 'plain', intro: 'inline' } as const satisfies Record<
  string,
  FieldKind
>;

/** One localized value of the module page, with its path in the page entry. */
export type ModulePageSpot = {
  field: keyof typeof modulePageFields;
  locale: LocaleCode;
  value: unknown;
  path: ['locales', LocaleCode, string];
  kind: FieldKind;
};

/** Returns every localized value of the module page; a missing locale yields none (`module-page` reports it). */
export function modulePageSpots(page: Record<string, unknown>): ModulePageSpot[] {
  const record = (page['locales'] ?? {}) as Record<string, unknown>;
  return localeCodes.flatMap((locale) => {
    const l = record[locale];
    if (typeof l !== 'object' || l === null) return [];
    return (Object.keys(modulePageFields) as (keyof typeof modulePageFields)[]).map((field) => ({
      field,
      locale,
      value: (l as Record<string, unknown>)[field],
      path: ['locales', locale, field] as ['locales', LocaleCode, string],
      kind: modulePageFields[field],
    }));
  });
}
