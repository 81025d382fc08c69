/**
 * Rule `facts-class`: a module's class decides its configuration file and log folder (Adobe's operating
 * principle), and a log path Adobe does not list must say it follows the general `<module>.log` rule.
 */
import { quote } from '../finding.ts';
import { configFileOfClass, listedLogFiles, logDirOfClass, readFacts } from '../facts-schema.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Reports a config or log path that does not match the class, and an unlisted log path marked as listed. */
export const factsClass: ModuleRule = {
  name: 'facts-class',
  target: 'module',
  check(entry) {
    const facts = readFacts(entry['facts']);
    const id = String(entry['id']);
    if (!facts) return [];
    const out: Problem[] = [];
    const at = (name: 'config' | 'log') => ({ path: ['facts', name], field: `facts.${name}` });
    const config = configFileOfClass[facts.class];
    if (facts.config?.path !== config) {
      out.push({
        message: `${quote(facts.config?.path)} does not match the class ${quote(facts.class)}`,
        fix: config
          ? `write "config: ${config}" (every ${facts.class} module reads it)`
          : 'remove "config": utility modules run inside an instance and read its configuration',
        ...at('config'),
      });
    }
    const log = `${logDirOfClass[facts.class]}${id}.log`;
    if (facts.log !== undefined && facts.log.path !== log) {
      out.push({
        message: `${quote(facts.log.path)} is not where a ${facts.class} module logs`,
        fix: `write "log: ${log}"`,
        ...at('log'),
      });
    } else if (facts.log?.source === 'listed' && !listedLogFiles.includes(id)) {
      // The general rule gives the name, but Adobe's list does not confirm it: the reader must be told.
      out.push({
        message:
          `${quote(facts.log.path)} is not in Adobe's log-file list ` +
          `(${listedLogFiles.map((f) => `${f}.log`).join(', ')}); its name follows the general <module>.log rule`,
        fix: `write "log: { path: ${log}, source: rule }", or remove the log`,
        ...at('log'),
      });
    }
    return out;
  },
};
