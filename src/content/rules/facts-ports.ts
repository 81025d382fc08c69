/**
 * Rule `facts-ports`: a port is listed once per list (`ports`, `outbound`). The runbook shows each as a
 * row linked to the open-ports table, so a repeated one is a copy mistake.
 */
import { quote } from '../finding.ts';
import { readFacts } from '../facts-schema.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Reports each port listed a second time in the same list. */
export const factsPorts: ModuleRule = {
  name: 'facts-ports',
  target: 'module',
  check(entry) {
    const facts = readFacts(entry['facts']);
    const out: Problem[] = [];
    for (const list of ['ports', 'outbound'] as const) {
      const seen = new Set<string>();
      facts?.[list].forEach((p, i) => {
        const key = `${p.number}/${p.protocol}`;
        if (seen.has(key))
          out.push({
            message: `the port ${quote(key)} is listed twice`,
            fix: 'remove the duplicate',
            path: ['facts', list, i],
            field: `facts.${list}`,
          });
        seen.add(key);
      });
    }
    return out;
  },
};
