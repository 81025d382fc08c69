import { describe, expect, test } from 'vitest';
import { buildReferences } from '../../../../src/content/references.ts';
import { pageModules } from '../../../../src/content/rules/page-modules.ts';

const refs = buildReferences(['syslogd', 'stat'], []);

describe('the page-modules rule', () => {
  test('reports an unknown module id in page front matter, on its file and place', () => {
    const page = {
      file: 'content/pages/ja/x.mdx',
      dir: 'ja',
      slug: 'x',
      data: { page: 'x', modules: ['stat', 'sylogd'] },
    };
    expect(pageModules.check([page], refs)).toEqual([
      {
        message: '"sylogd" is not a module id',
        fix: 'use one of syslogd, stat',
        file: 'content/pages/ja/x.mdx',
        entry: 'x',
        field: 'modules',
        path: ['modules', 1],
      },
    ]);
  });
});
