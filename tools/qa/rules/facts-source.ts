/**
 * Rule `facts-source`: a runbook command is Adobe's only when an Adobe page gives it. `content/adobe-commands.yaml`
 * lists the command lines Adobe's pages give, as the runbook writes them; a command not listed there was built
 * from the general syntax (`nlserver restart inMail@<instance> -verbose`) and must say `source: rule`, which the
 * runbook shows in the reader's language. A command listed there must not say `source: rule`.
 */
import type { Finding } from '../../../src/content/finding.ts';
import { readFacts } from '../../../src/content/facts-schema.ts';
import { lineAtPath } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** Reports each runbook command marked as Adobe's that no listed page gives, and each listed one marked rule. */
export const factsSource: LintContentRule = {
  name: 'facts-source',
  target: 'content',
  check({ modules, adobeCommands }) {
    if (!modules || !adobeCommands) return [];
    return modules.entries.flatMap(({ node, value, id }) =>
      (readFacts(value['facts'])?.commands ?? []).flatMap((c, i): Omit<Finding, 'rule'>[] => {
        const given = adobeCommands.commands.get(c.command);
        const listed = c.source !== 'rule';
        if (listed === (given !== undefined)) return [];
        const at = {
          file: modules.file,
          line: lineAtPath(modules.counter, node, ['facts', 'commands', i]),
          entry: id,
          field: `facts.commands[${i}]`,
          locale: '-',
          severity: 'error' as const,
        };
        return [
          given
            ? {
                ...at,
                message:
                  `the ${c.kind} command "${c.command}" is given by Adobe (${given.page}) but marked ` + 'source: rule',
                fix: `remove "source: rule" (${adobeCommands.file} line ${given.line})`,
              }
            : {
                ...at,
                message:
                  `the ${c.kind} command "${c.command}" is shown as Adobe's, but no page of ${adobeCommands.file} ` +
                  `gives it`,
                fix:
                  'add "source: rule" when it is built from the general syntax, or add the Adobe page that gives ' +
                  `it to ${adobeCommands.file}`,
              },
        ];
      }),
    );
  },
};
