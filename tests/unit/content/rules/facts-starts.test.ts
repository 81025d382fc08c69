import { describe, expect, test } from 'vitest';
import { factsStarts } from '../../../../src/content/rules/facts-starts.ts';
import { lineOf, modules, seeded } from '../../tools/qa/content-lint-seeds.ts';
import { validFacts, validModule } from '../fixtures.ts';

const job = validModule({ id: 'export', facts: validFacts({ class: 'utility', config: undefined, commands: [] }) });
const watchdog = (to: string) =>
  validModule({ id: 'watchdog', facts: validFacts({ relations: [{ kind: 'startsMonitors', to }] }) });

describe('the facts-starts rule', () => {
  test('reports the starting module said to start a utility module, on the relation', () => {
    expect(factsStarts.check([job, watchdog('export')])).toEqual([
      expect.objectContaining({
        message:
          'watchdog is said to start and monitor "export", a utility module, which Adobe runs on demand or on a schedule',
        path: [1, 'facts', 'relations', 0, 'to'],
        entry: 'watchdog',
      }),
    ]);
  });

  test('accepts "*", which leaves utility modules out, and a server module as target', () => {
    expect(factsStarts.check([job, watchdog('*'), watchdog('syslogd')])).toEqual([]);
  });
});

describe('the facts-starts rule over a damaged copy of the shipped content', () => {
  test('reports the watchdog drawn starting the tracking utility module', () => {
    const found = seeded(
      modules,
      "      - { kind: startsMonitors, to: '*' }",
      "      - { kind: startsMonitors, to: 'tracking' }",
    );
    expect(found.map((f) => [f.rule, f.line, f.entry])).toEqual([
      ['facts-starts', lineOf(modules, "kind: startsMonitors, to: '*'"), 'watchdog'],
    ]);
  });
});
