// The one set of references (module ids, page anchors), and the schema resolving a module's links against it.
import { describe, expect, test } from 'vitest';
import { anchorsInMdx, buildReferences, resolveModule, resolvePage } from '../../../src/content/references.ts';
import { moduleSchema } from '../../../src/content/module-schema.ts';
import { all, validModule } from './fixtures.ts';

const refs = buildReferences(
  ['syslogd', 'stat'],
  [new Map([['general-architecture', '<h2 id="list-of-open-ports">x</h2>']])],
);

/** Returns the messages of a module checked against `refs` (empty when it is valid). */
function messages(input: unknown): string[] {
  const result = moduleSchema('m.yaml', () => refs).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('anchorsInMdx()', () => {
  test('returns the ids of headings written as HTML', () => {
    expect(anchorsInMdx('<h2 id="verbose">Verbose</h2>\ntext\n<h2 id="tracefilter">x</h2>')).toEqual(
      new Set(['verbose', 'tracefilter']),
    );
  });
});

describe('buildReferences()', () => {
  test('offers the module table with one anchor per module, and only the anchors every locale defines', () => {
    const two = buildReferences(
      ['inMail'],
      [
        new Map([['log-precision', '<h2 id="verbose"></h2><h2 id="web-example"></h2>']]),
        new Map([['log-precision', '<h2 id="verbose"></h2>']]),
      ],
    );
    expect(two.pages.get('modules-and-frequent-issues')).toEqual(new Set(['modules-and-frequent-issues', 'inMail']));
    expect(two.pages.get('log-precision')).toEqual(new Set(['log-precision', 'verbose']));
  });
});

describe('resolvePage() and resolveModule()', () => {
  test('resolve what exists and suggest the id in its letter case', () => {
    expect(resolvePage(refs, 'general-architecture', 'list-of-open-ports')).toBeUndefined();
    expect(resolveModule(refs, 'Stat')).toEqual({ message: '"Stat" is not a module id', fix: 'write "stat"' });
  });
});

describe('the references rule, in the schema', () => {
  test('accepts a module whose every link resolves', () => {
    expect(messages(validModule())).toEqual([]);
  });

  test('names the locale and the existing anchors when an anchor does not exist', () => {
    expect(
      messages(validModule({ troubleshooting: { ...all('x'), ko: '[포트](general-architecture#open-ports)' } })),
    ).toEqual([
      'm.yaml  syslogd  troubleshooting  ko  error: the page "general-architecture" has no anchor "#open-ports" in every locale — use one of #general-architecture, #list-of-open-ports',
    ]);
  });

  test('reports a link to a page that does not exist', () => {
    expect(messages(validModule({ scope: { ...all('x'), sv: '[x](log-precisions)' } }))).toEqual([
      'm.yaml  syslogd  scope  sv  error: the page "log-precisions" does not exist — use one of modules-and-frequent-issues, general-architecture',
    ]);
  });
});
