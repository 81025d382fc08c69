/**
 * Rule `facts-relations`: the relations the module map draws are well formed. `serves` reaches outside
 * clients (no target), only the watchdog's `startsMonitors` may reach every module (`*`), every other
 * relation names one other module. Whether that module exists is the `references` rule's.
 */
import { quote } from '../finding.ts';
import { everyModule, readFacts } from '../facts-schema.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Reports a relation without a needed target, with a target it may not have, or to its own module. */
export const factsRelations: ModuleRule = {
  name: 'facts-relations',
  target: 'module',
  check(entry) {
    const facts = readFacts(entry['facts']);
    const out: Problem[] = [];
    facts?.relations.forEach((r, i) => {
      const fail = (message: string, fix: string) =>
        out.push({ message, fix, path: ['facts', 'relations', i, 'to'], field: `facts.relations[${i}]` });
      if (r.kind === 'serves') {
        if (r.to !== undefined) fail(`"serves" reaches outside clients, not ${quote(r.to)}`, 'remove "to"');
      } else if (r.to === undefined) {
        fail(`the relation ${quote(r.kind)} has no target`, 'add "to:" with a module id');
      } else if (r.to === everyModule && r.kind !== 'startsMonitors') {
        fail(`only "startsMonitors" may reach every module (got ${quote(r.kind)})`, 'name the target module');
      } else if (r.to === entry['id']) {
        fail(`the module relates to itself (${quote(r.to)})`, 'name another module');
      }
    });
    return out;
  },
};
