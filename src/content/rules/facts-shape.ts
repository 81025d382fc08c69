/**
 * Rule `facts-shape`: a module's runbook facts have the structure of `factsSchema` (known fields, a class,
 * ports as numbers, commands of known kinds). Zod finds the problem; this words it with the field and a fix.
 */
import { quote } from '../finding.ts';
import { factSources, factsSchema, moduleClasses } from '../facts-schema.ts';
import type { ModuleRule } from './rule.ts';

/** The fix to suggest for a structural problem, by the last field name of its path. */
const factsFixes: Record<string, string> = {
  facts: 'write "facts:" with at least "class:"',
  class: `use one of ${moduleClasses.join(', ')}`,
  config: 'write the file name as text',
  log: 'write the full log path as text, or { path: <full path>, source: rule }',
  path: 'write the full path as text',
  source: `use one of ${factSources.join(', ')}`,
  number: 'write the port as a whole number between 1 and 65535',
  protocol: 'use tcp or udp',
  kind: `use one of the kinds listed in src/content/facts-schema.ts`,
  command: 'write the command line as text',
  page: 'write a page id such as log-precision',
  anchor: 'write the section id without "#"',
  to: 'write a module id, or "*" for every other module',
};

/** Reads a value at a path (for quoting the bad value of a zod issue). */
function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

/** Reports each structural problem of `facts`, quoting the bad value. */
export const factsShape: ModuleRule = {
  name: 'facts-shape',
  target: 'module',
  check(entry) {
    const input = entry['facts'];
    const result = factsSchema.safeParse(input);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const leaf = [...path].reverse().find((k) => typeof k === 'string') ?? 'facts';
      const unknownKeys = issue.code === 'unrecognized_keys';
      return {
        message: unknownKeys
          ? `unknown field(s) ${issue.keys.join(', ')}`
          : `${quote(valueAt(input, issue.path))} is not valid (${issue.message})`,
        fix: unknownKeys
          ? `remove or rename them; the fields are ${Object.keys(factsSchema.shape).join(', ')}`
          : (factsFixes[leaf] ?? 'see the schema in src/content/facts-schema.ts'),
        path: ['facts', ...path],
        field: ['facts', ...path].join('.'),
      };
    });
  },
};
