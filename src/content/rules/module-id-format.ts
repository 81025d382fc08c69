/**
 * Rule `module-id-format`: a module id, and each former id, is an `nlserver` module name. The id is the
 * entry's HTML id and URL fragment in every language, so it is never translated and has no spaces.
 */
import { moduleIdPattern } from '../../lib/module-id.ts';
import { quote } from '../finding.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Reports an id that is not a module name, and a former id that is not one or equals the id. */
export const moduleIdFormat: ModuleRule = {
  name: 'module-id-format',
  target: 'module',
  check(entry) {
    const out: Problem[] = [];
    const id = entry['id'];
    if (typeof id === 'string' && !moduleIdPattern.test(id)) {
      out.push({
        message: `${quote(id)} is not a module name`,
        fix: 'use the literal nlserver module name, letters and digits only, such as "inMail"',
        path: ['id'],
      });
    }
    const aliases = Array.isArray(entry['aliases']) ? (entry['aliases'] as unknown[]) : [];
    aliases.forEach((alias, i) => {
      if (typeof alias === 'string' && moduleIdPattern.test(alias) && alias !== id) return;
      out.push({
        message: `${quote(alias)} is not a usable former id`,
        fix: 'list only earlier module names, letters and digits, different from the id',
        path: ['aliases', i],
        field: 'aliases',
      });
    });
    return out;
  },
};
