import { describe, expect, test } from 'vitest';
import { buildReferences } from '../../../../src/content/references.ts';
import { references } from '../../../../src/content/rules/references.ts';
import { all, validFacts, validModule } from '../fixtures.ts';

const refs = buildReferences(['syslogd', 'stat'], [new Map([['log-precision', '<h2 id="verbose">x</h2>']])]);
const check = (overrides: Record<string, unknown>) => references.check(validModule(overrides), refs);

describe('the references rule', () => {
  test('resolves the links of every locale, the related pages and anchors, and the relation targets', () => {
    const found = check({
      troubleshooting: { ...all('See [precision](log-precision#verbose).'), ko: '[x](log-precision#tracefilter)' },
      facts: validFacts({ related: [{ page: 'log-precisions' }], relations: [{ kind: 'reportsTo', to: 'Stat' }] }),
    });
    expect(found.map((p) => [p.field ?? p.path?.[0], p.locale ?? '-', p.message, p.fix])).toEqual([
      [
        'troubleshooting',
        'ko',
        'the page "log-precision" has no anchor "#tracefilter" in every locale',
        'use one of #log-precision, #verbose',
      ],
      [
        'facts.related[0]',
        '-',
        'the page "log-precisions" does not exist',
        'use one of modules-and-frequent-issues, log-precision',
      ],
      ['facts.relations[0]', '-', '"Stat" is not a module id', 'write "stat"'],
    ]);
  });

  test('checks nothing where the references are not known', () => {
    expect(references.check(validModule({ scope: all('[x](nowhere)') }), undefined)).toEqual([]);
  });
});
