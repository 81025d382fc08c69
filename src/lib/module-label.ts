/** The common name shown beside a module id, when it adds something. */
import type { LocaleCode } from '../locales.ts';
import type { ModuleEntry } from '../content/module-schema.ts';

/**
 * Returns a module's label in a locale, or undefined when there is none or it only repeats the
 * id (Swedish and Dutch readers say "export" too: "export export" would be noise).
 */
export function moduleLabel(m: Pick<ModuleEntry, 'id' | 'label'>, locale: LocaleCode): string | undefined {
  const label = m.label?.[locale];
  return label && label.toLowerCase() !== m.id.toLowerCase() ? label : undefined;
}
