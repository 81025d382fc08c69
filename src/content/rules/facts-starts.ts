/**
 * Rule `facts-starts`: the module that starts and monitors the others (`startsMonitors`, the watchdog) does not
 * start a utility module. Adobe runs `export`, `import`, `tracking` and the other utility modules on demand or
 * on a schedule (operating-principle.md); a map arrow from the watchdog to them would tell a reader to look at
 * the watchdog when a scheduled export does not run. `*` already leaves them out (`src/lib/module-map.ts`).
 */
import { quote } from '../finding.ts';
import { everyModule, readFacts } from '../facts-schema.ts';
import type { ModulesRule, Problem } from './rule.ts';

/** Reports each `startsMonitors` relation that names a utility module. */
export const factsStarts: ModulesRule = {
  name: 'facts-starts',
  target: 'modules',
  check(entries) {
    const read = entries.map((e) => {
      const entry = (e ?? {}) as Record<string, unknown>;
      return { id: typeof entry['id'] === 'string' ? entry['id'] : '', facts: readFacts(entry['facts']) };
    });
    const utility = new Set(read.filter((m) => m.facts?.class === 'utility').map((m) => m.id));
    return read.flatMap(({ id, facts }, i) =>
      (facts?.relations ?? []).flatMap((r, j): Problem[] =>
        r.kind === 'startsMonitors' && r.to !== undefined && r.to !== everyModule && utility.has(r.to)
          ? [
              {
                message:
                  `${id} is said to start and monitor ${quote(r.to)}, a utility module, which Adobe runs on ` +
                  `demand or on a schedule`,
                fix: `remove this relation (the operator or workflow that schedules ${r.to} runs it)`,
                path: [i, 'facts', 'relations', j, 'to'],
                entry: id,
                field: `facts.relations[${j}]`,
              },
            ]
          : [],
      ),
    );
  },
};
