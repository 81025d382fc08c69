/**
 * Rule `module-fields`: a module entry holds only the fields the site reads. An unknown field is
 * usually a misspelled one (`symptom:`), whose content would silently never be shown.
 */
import { quote } from '../finding.ts';
import { localizedFields } from '../localized.ts';
import type { ModuleRule } from './rule.ts';

/** Every field of a module entry: its id, former ids, runbook facts and the localized fields. */
export const moduleFieldNames: readonly string[] = ['id', 'aliases', 'facts', ...Object.keys(localizedFields)];

/** Reports each field the site does not read. */
export const moduleFields: ModuleRule = {
  name: 'module-fields',
  target: 'module',
  check: (entry) =>
    Object.keys(entry)
      .filter((key) => !moduleFieldNames.includes(key))
      .map((key) => ({
        message: `unknown field ${quote(key)}`,
        fix: `remove or rename it; the fields are ${moduleFieldNames.join(', ')}`,
        path: [key],
      })),
};
