/**
 * Rule `ui-keys`: every locale has a UI string file with exactly the keys of the first locale's file (the
 * type of all others). A missing key would show its raw name to a reader; an extra one is dead text.
 */
import { localeCodes } from '../../locales.ts';
import type { Problem, UiRule } from './rule.ts';

/** Reports a missing file, each key a locale lacks, and each key the first locale does not have. */
export const uiKeys: UiRule = {
  name: 'ui-keys',
  target: 'ui',
  check(files) {
    const base = files.get(localeCodes[0]);
    if (!base?.strings) return [];
    const keys = Object.keys(base.strings);
    return localeCodes.flatMap((locale): Problem[] => {
      const own = files.get(locale);
      const file = own?.file ?? `src/i18n/${locale}.json`;
      if (!own?.strings)
        return [
          { message: 'the file is missing', fix: `copy ${base.file} and translate it`, file, entry: 'ui', locale },
        ];
      const strings = own.strings;
      return [
        ...keys
          .filter((key) => !Object.hasOwn(strings, key))
          .map((key) => ({
            message: `the key "${key}" is missing`,
            fix: `add it, translated, as in ${base.file}`,
            file,
            entry: 'ui',
            field: key,
            locale,
          })),
        ...Object.keys(strings)
          .filter((key) => !keys.includes(key))
          .map((key) => ({
            message: `the key "${key}" is not in ${base.file}`,
            fix: `add it to every locale, starting with ${base.file}, or remove it`,
            file,
            entry: 'ui',
            field: key,
            locale,
          })),
      ];
    });
  },
};
