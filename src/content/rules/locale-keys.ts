/**
 * Rule `locale-keys`: each localized field of a module is a map with one key per published locale.
 * A key that is not a locale is usually a misspelled one (`zh-tw`), whose text would never be shown.
 */
import { localeCodes } from '../../locales.ts';
import { quote } from '../finding.ts';
import { localizedFields, type LocalizedFieldName } from '../localized.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Reports a localized field that is not a map of locales, and every key that is not a published locale. */
export const localeKeys: ModuleRule = {
  name: 'locale-keys',
  target: 'module',
  check(entry) {
    const out: Problem[] = [];
    for (const field of Object.keys(localizedFields) as LocalizedFieldName[]) {
      const value = entry[field];
      if (value === undefined && 'optional' in localizedFields[field]) continue;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        out.push({
          message: `expected one entry per locale, got ${quote(value)}`,
          fix: `write "${field}:" followed by the keys ${localeCodes.join(', ')}`,
          path: [field],
        });
        continue;
      }
      for (const key of Object.keys(value).filter((k) => !(localeCodes as string[]).includes(k))) {
        const near = localeCodes.find((c) => c.toLowerCase() === key.toLowerCase());
        out.push({
          message: `"${key}" is not a published locale`,
          fix: near ? `rename the key to "${near}"` : `use one of ${localeCodes.join(', ')} or remove the entry`,
          path: [field, key],
          locale: key,
        });
      }
    }
    return out;
  },
};
