import { describe, expect, test } from 'vitest';
import { anchorsInMdx, checkLinks, modulePageAnchors } from '../../../src/content/references.ts';
import { moduleSchema } from '../../../src/content/module-schema.ts';
import { all, validModule } from './fixtures.ts';

const modules = [moduleSchema('m.yaml').parse(validModule())];
const pages = [
  modulePageAnchors(modules.map((m) => m.id)),
  { page: 'general-architecture', anchors: new Set(['general-architecture', 'list-of-open-ports']) },
];

describe('anchorsInMdx()', () => {
  test('returns the ids of headings written as HTML', () => {
    expect(anchorsInMdx('<h2 id="verbose">Verbose</h2>\ntext\n<h2 id="tracefilter">x</h2>')).toEqual(
      new Set(['verbose', 'tracefilter']),
    );
  });
});

describe('checkLinks()', () => {
  test('returns nothing when every link resolves', () => {
    expect(checkLinks(modules, pages, [], 'm.yaml')).toEqual([]);
  });

  test('names the locale and the existing anchors when an anchor does not exist', () => {
    const broken = moduleSchema('m.yaml').parse(
      validModule({ troubleshooting: { ...all('x'), ko: '[포트](general-architecture#open-ports)' } }),
    );
    expect(checkLinks([broken], pages, [], 'm.yaml')).toEqual([
      'm.yaml › module "syslogd" › field "troubleshooting" › locale "ko": the page "general-architecture" has no anchor "#open-ports". Fix: use one of #general-architecture, #list-of-open-ports.',
    ]);
  });

  test('reports a link to a page that does not exist', () => {
    const broken = moduleSchema('m.yaml').parse(validModule({ scope: { ...all('x'), sv: '[x](log-precisions)' } }));
    expect(checkLinks([broken], pages, [], 'm.yaml')[0]).toMatch(
      /field "scope" › locale "sv": the link target "log-precisions" names no page/,
    );
  });

  test('reports an unknown module id in page front matter', () => {
    const frontmatter = [
      {
        file: 'content/pages/ja/x.mdx',
        data: { page: 'x', title: 't', description: 'd', modules: ['sylogd'], source: 's' },
      },
    ];
    expect(checkLinks(modules, pages, frontmatter, 'm.yaml')).toEqual([
      'content/pages/ja/x.mdx › page "x" › field "modules": "sylogd" is not a module id. Fix: use one of syslogd.',
    ]);
  });
});
