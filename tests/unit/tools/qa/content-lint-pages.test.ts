// The content lint on the MDX pages and UI strings with one seeded defect each.
import { describe, expect, test } from 'vitest';
import { expectReported, lineOf, seeded, type Seed } from './content-lint-seeds.ts';

// Defects seeded into the MDX pages and the UI strings.
const seeds: Seed[] = [
  {
    name: 'a changed command in a code block of a page',
    file: 'content/pages/ko/log-precision.mdx',
    find: 'nlserver pdump -who',
    replace: 'nlserver pdump',
    expected: {
      rule: 'parity',
      file: 'content/pages/ko/log-precision.mdx',
      entry: 'log-precision',
      field: 'body',
      locale: 'ko',
      message:
        /^code tokens differ from zh-TW, ja, sv, nl: has "```nlserver pdump", lacks "```nlserver pdump -who" \(zh-TW line \d+\)$/,
    },
  },
  {
    name: 'a translated anchor on a page',
    file: 'content/pages/sv/log-precision.mdx',
    find: 'id="tracefilter"',
    replace: 'id="sparfilter"',
    expected: {
      rule: 'parity',
      file: 'content/pages/sv/log-precision.mdx',
      line: lineOf('content/pages/sv/log-precision.mdx', 'id="tracefilter"'),
      locale: 'sv',
      message: /^anchors differ from zh-TW, ja, ko, nl: has "sparfilter", lacks "tracefilter"/,
    },
  },
  {
    name: 'a number in page prose that differs',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'staat per vergissing 666',
    replace: 'staat per vergissing 667',
    expected: {
      rule: 'parity',
      file: 'content/pages/nl/general-architecture.mdx',
      locale: 'nl',
      message: 'numbers differ from zh-TW, ja, sv, ko: has "667", lacks "666"',
    },
  },
  {
    name: 'a misspelled module id in a code token of a page',
    file: 'content/pages/ja/tracking-logs-issues.mdx',
    find: '（内部名 `tracking`）',
    replace: '（内部名 `trakcing`）',
    expected: {
      rule: 'module-id-typo',
      file: 'content/pages/ja/tracking-logs-issues.mdx',
      locale: 'ja',
      message: 'code token "trakcing" looks like a misspelled module id',
      fix: 'write "tracking"',
    },
  },
  {
    name: 'a full-width period inside an inline code token of a page',
    file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
    find: '`config-default.xml`',
    replace: '`config-default．xml`',
    expected: {
      rule: 'full-width-token',
      file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
      locale: 'zh-TW',
      message: 'full-width "．" inside the code token "config-default．xml"',
    },
  },
  {
    name: 'an empty page title',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'title: Algemene architectuur',
    replace: 'title: ""',
    expected: {
      rule: 'required-text',
      file: 'content/pages/nl/general-architecture.mdx',
      line: 3,
      entry: 'general-architecture',
      field: 'title',
      locale: 'nl',
      message: 'the text is empty (got "")',
    },
  },
  {
    name: 'a UI string that lost a placeholder',
    file: 'src/i18n/nl.json',
    find: 'vertaald met {{workflow}}.',
    replace: 'vertaald met machinevertaling.',
    expected: {
      rule: 'parity',
      file: 'src/i18n/nl.json',
      entry: 'ui',
      field: 'notice.machineTranslated',
      locale: 'nl',
      message: /^code tokens differ from zh-TW, ja, sv, ko: lacks "\{\{workflow\}\}"/,
    },
  },
  {
    name: 'an empty UI string',
    file: 'src/i18n/ja.json',
    find: /"notice\.source": "[^"]*"/,
    replace: '"notice.source": " "',
    expected: {
      rule: 'required-text',
      file: 'src/i18n/ja.json',
      entry: 'ui',
      field: 'notice.source',
      locale: 'ja',
      message: 'the text is empty (got " ")',
    },
  },
];

describe('lintContent() with one defect seeded into a page or the UI strings', () => {
  test.each(seeds)('reports $name, and no other error', (seed) => expectReported(seed));
});

describe('lintContent() with an anchor the module facts link to translated in one locale', () => {
  test('reports the difference on the page and, once each, the modules whose link it breaks', () => {
    const found = seeded('content/pages/sv/log-precision.mdx', 'id="verbose"', 'id="utforlig"');
    expect(found.map((f) => [f.rule, f.file, f.entry, f.field, f.locale])).toEqual([
      ['references', 'content/modules.yaml', 'inMail', 'facts.related[0]', '-'],
      ['references', 'content/modules.yaml', 'stat', 'facts.related[1]', '-'],
      ['references', 'content/modules.yaml', 'wfserver', 'facts.related[0]', '-'],
      ['parity', 'content/pages/sv/log-precision.mdx', 'log-precision', 'body', 'sv'],
    ]);
  });
});
