// The rule that marks runbook commands built from the general syntax as such.
import { describe, expect, test } from 'vitest';
import { lineOf, modules, seeded } from '../content-lint-seeds.ts';

const registry = 'content/adobe-commands.yaml';

/** The findings of this rule in a copy of the shipped content with one replacement. */
const found = (file: string, find: string, replace: string) =>
  seeded(file, find, replace)
    .filter((f) => f.rule === 'facts-source')
    .map((f) => [f.file, f.line, f.entry, f.message, f.fix]);

describe('the facts-source rule over a damaged copy of the shipped content', () => {
  test('reports a command built from the general syntax that lost its "source: rule"', () => {
    const command = "'nlserver restart inMail@<instance> -verbose', source: rule }";
    expect(found(modules, command, "'nlserver restart inMail@<instance> -verbose' }")).toEqual([
      [
        modules,
        lineOf(modules, command),
        'inMail',
        'the moreLogs command "nlserver restart inMail@<instance> -verbose" is shown as Adobe\'s, but no page of ' +
          `${registry} gives it`,
        `add "source: rule" when it is built from the general syntax, or add the Adobe page that gives it to ${registry}`,
      ],
    ]);
  });

  test('reports a command an Adobe page gives that is marked "source: rule"', () => {
    const command = "{ kind: restart, command: 'nlserver restart web' }";
    expect(found(modules, command, "{ kind: restart, command: 'nlserver restart web', source: rule }")).toEqual([
      [
        modules,
        lineOf(modules, command),
        'web',
        'the restart command "nlserver restart web" is given by Adobe (production/using/administration.md) but ' +
          'marked source: rule',
        `remove "source: rule" (${registry} line ${lineOf(registry, '- nlserver restart web')})`,
      ],
    ]);
  });

  test('reports a listed command once the page that gave it is taken out of the registry', () => {
    const rows = found(registry, '    - nlserver start trackinglogd\n', '');
    expect(rows.map(([, , entry, message]) => [entry, message])).toEqual([
      ['trackinglogd', expect.stringContaining('"nlserver start trackinglogd" is shown as Adobe\'s')],
    ]);
  });

  test('reports a registry that does not list commands by page', () => {
    expect(found(registry, '\npages:\n', '\ncommands:\n').map(([file, , , message]) => [file, message])).toEqual([
      [registry, 'expected "pages:" with the pages and their commands'],
    ]);
  });
});
