import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseModulesYaml } from '../../../src/content/modules-file.ts';
import { modulesFile } from '../../../src/content/paths.ts';
import { collection } from '../../../bench/generate.ts';

describe('parseModulesYaml()', () => {
  test('returns the entries in file order', () => {
    expect(parseModulesYaml('- id: export\n- id: import\n', 'm.yaml').map((m) => m.id)).toEqual(['export', 'import']);
  });

  test('rejects a duplicated id, naming both entries', () => {
    expect(() => parseModulesYaml('- id: web\n- id: mta\n- id: web\n', 'content/modules.yaml')).toThrow(
      'content/modules.yaml  web  id  -  error: "web" is used by modules #1 and #3',
    );
  });

  test('names every duplicate at once, each against the entry that had it first', () => {
    expect(() => parseModulesYaml('- id: web\n- id: web\n- id: WEB\n', 'm.yaml')).toThrow(
      /"web" is used by modules #1 and #2 [^\n]*\n.*"WEB" is used by modules #1 and #3/,
    );
  });

  test('treats ids differing only in letter case as duplicates, since #inmail reaches #inMail', () => {
    expect(() => parseModulesYaml('- id: inMail\n- id: inmail\n', 'm.yaml')).toThrow(
      /"inmail" is used by modules #1 and #2/,
    );
  });

  test("rejects a former id equal to another module's id in another letter case, naming file, module and field", () => {
    expect(() => parseModulesYaml('- id: inMail\n- id: mta\n  aliases: [INMAIL]\n', 'm.yaml')).toThrow(
      /^m\.yaml {2}mta {2}aliases {2}- {2}error: "INMAIL" is used by modules #1 and #2/,
    );
  });

  test('rejects an entry without an id', () => {
    expect(() => parseModulesYaml('- id: web\n- scope: x\n', 'm.yaml')).toThrow(
      'm.yaml  #2  id  -  error: the id is missing (got nothing) — add "id:" with the literal nlserver module name',
    );
  });

  test('rejects a file that is not a list', () => {
    expect(() => parseModulesYaml('id: web\n', 'm.yaml')).toThrow(
      /^m\.yaml {2}- {2}- {2}- {2}error: expected a list of modules/,
    );
  });

  test('reports invalid YAML with the file name', () => {
    expect(() => parseModulesYaml('- id: [web\n', 'm.yaml')).toThrow(
      /^m\.yaml {2}- {2}- {2}- {2}error: not valid YAML/,
    );
  });

  test('reads the shipped and a generated collection as the yaml package does', () => {
    const shipped = readFileSync(modulesFile, 'utf8');
    expect(parseModulesYaml(shipped, modulesFile)).toEqual(parse(shipped));
    const generated = stringify(collection(40), { aliasDuplicateObjects: false });
    expect(parseModulesYaml(generated, 'g.yaml')).toEqual(parse(generated));
  });

  test('leaves a file with aliases to the yaml package, which limits them', () => {
    const bomb = ['- &a { id: a, x: [1, 2, 3, 4, 5, 6, 7, 8, 9] }'];
    for (let i = 0; i < 120; i++) bomb.push(`- { id: b${i}, x: [*a, *a, *a] }`);
    expect(() => parseModulesYaml(bomb.join('\n'), 'm.yaml')).toThrow(
      /^m\.yaml {2}- {2}- {2}- {2}error: not valid YAML \(.*alias/i,
    );
  });
});
