// The rule that keeps commands for one system labelled on the pages, paired, and in step with the runbook.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commandModule } from '../../../../../tools/qa/rules/system-commands.ts';
import { lineOf, modules, seeded } from '../content-lint-seeds.ts';

const page = (locale: string) => `content/pages/${locale}/log-precision.mdx`;
const linuxBlock = '<OnSystem system="linux">\n\n```sh\nnlserver stop web; LD_PRELOAD';
const windowsLines = 'nlserver stop web\nnlserver web -tomcat -verbose -tracefilter:* -tracefile:web_debug@default';

/** The findings of this rule in a copy of the shipped content with one replacement. */
const found = (file: string, find: string, replace: string) =>
  seeded(file, find, replace)
    .filter((f) => f.rule === 'system-commands')
    .map((f) => [f.file, f.line, f.locale, f.message]);

describe('the system-commands rule over a damaged copy of the shipped content', () => {
  test('reports a Linux-only block of a page that lost its label, and the Windows block left alone', () => {
    const file = page('ja');
    const line = lineOf(file, 'nlserver stop web; LD_PRELOAD') - 1;
    expect(found(file, linuxBlock, '```sh\nnlserver stop web; LD_PRELOAD')).toEqual([
      [modules, lineOf(modules, 'kind: moreLogs, system: linux'), 'ja', expect.stringContaining('the linux moreLogs')],
      [
        file,
        line - 2,
        'ja',
        'this block holds LD_PRELOAD (a Linux loader variable) and runs on linux only, but is not labelled',
      ],
      [file, expect.any(Number), 'ja', 'the windows form is shown without the linux form beside it'],
    ]);
  });

  test('reports a page whose Windows command differs from the runbook, on both sides', () => {
    const file = page('sv');
    const rows = found(file, windowsLines, windowsLines.replace(' -tracefile:web_debug@default', ''));
    expect(rows).toEqual([
      [
        modules,
        lineOf(modules, '      - kind: moreLogs'),
        'sv',
        expect.stringContaining('the windows moreLogs command of web is on none of its related pages'),
      ],
      [
        file,
        readFileSync(file, 'utf8').split('\n').indexOf('nlserver stop web'),
        'sv',
        expect.stringMatching(/^this windows command for web differs from the runbook's windows moreLogs command/),
      ],
    ]);
  });
});

describe('commandModule()', () => {
  test('names the module a command acts on', () => {
    expect(commandModule('nlserver stop web; LD_PRELOAD=libjsig.so nlserver web -tomcat')).toBe('web');
    expect(commandModule('nlserver mta -instance:<instance>')).toBe('mta');
    expect(commandModule('net start nlserver6')).toBeUndefined();
  });
});
