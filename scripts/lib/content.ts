/** Reads the content collections outside Astro (indexing, contract, tooling), with the same checks. */
import { readFileSync } from 'node:fs';
import { modulesFile, parseModulesYaml } from '../../src/lib/modules-file.ts';
import { moduleSchema, type ModuleEntry } from '../../src/lib/schema.ts';

/** Reads and validates the module collection, as the Astro build does. */
export function loadModules(file = modulesFile): ModuleEntry[] {
  const schema = moduleSchema(file);
  return parseModulesYaml(readFileSync(file, 'utf8'), file).map((entry) => schema.parse(entry));
}
