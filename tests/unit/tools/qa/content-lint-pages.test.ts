// The content lint on the MDX pages and UI strings with one seeded defect each.
import { describe, test } from 'vitest';
import { expectReported, lineOf, type Seed } from './content-lint-seeds.ts';

// Defects seeded into the MDX pages and the UI strings.
const seeds: Seed[] = [
  {
    name: 'a changed command in a code block of a page',
    file: 'content/pages/ko/log-precision.mdx',
    find: 'nlserver pdump -who',
    replace: 'nlserver pdump',
    expected: {
      file: 'content/pages/ko/log-precision.mdx',
      entry: 'log-precision',
      field: 'body',
      locale: 'ko',
      problem:
        /^code tokens differ from zh-TW, ja, sv, nl: has "```nlserver pdump", lacks "```nlserver pdump -who" \(zh-TW line \d+\)$/,
    },
  },
  {
    name: 'a translated anchor on a page',
    file: 'content/pages/sv/log-precision.mdx',
    find: 'id="verbose"',
    replace: 'id="utforlig"',
    expected: {
      file: 'content/pages/sv/log-precision.mdx',
      line: lineOf('content/pages/sv/log-precision.mdx', 'id="verbose"'),
      locale: 'sv',
      problem: /^anchors differ from zh-TW, ja, ko, nl: has "utforlig", lacks "verbose"/,
    },
  },
  {
    name: 'a number in page prose that differs',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'staat per vergissing 666',
    replace: 'staat per vergissing 667',
    expected: {
      file: 'content/pages/nl/general-architecture.mdx',
      locale: 'nl',
      problem: 'numbers differ from zh-TW, ja, sv, ko: has "667", lacks "666"',
    },
  },
  {
    name: 'a misspelled module id in a code token of a page',
    file: 'content/pages/ja/tracking-logs-issues.mdx',
    find: '（内部名 `tracking`）',
    replace: '（内部名 `trakcing`）',
    expected: {
      file: 'content/pages/ja/tracking-logs-issues.mdx',
      locale: 'ja',
      problem: 'code token "trakcing" looks like a misspelled module id',
      fix: 'write "tracking"',
    },
  },
  {
    name: 'a full-width period inside an inline code token of a page',
    file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
    find: '`config-default.xml`',
    replace: '`config-default．xml`',
    expected: {
      file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
      locale: 'zh-TW',
      problem: 'full-width "．" inside the code token "config-default．xml"',
    },
  },
  {
    name: 'an empty page title',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'title: Algemene architectuur',
    replace: 'title: ""',
    expected: {
      file: 'content/pages/nl/general-architecture.mdx',
      line: 3,
      entry: 'general-architecture',
      field: 'title',
      locale: 'nl',
      problem: 'the text is empty (got "")',
    },
  },
  {
    name: 'a UI string that lost a placeholder',
    file: 'src/i18n/nl.json',
    find: '({{workflow}})',
    replace: '(machinevertaling)',
    expected: {
      file: 'src/i18n/nl.json',
      entry: 'ui',
      field: 'notice.machineTranslated',
      locale: 'nl',
      problem: /^code tokens differ from zh-TW, ja, sv, ko: lacks "\{\{workflow\}\}"/,
    },
  },
  {
    name: 'an empty UI string',
    file: 'src/i18n/ja.json',
    find: /"notice\.source": "[^"]*"/,
    replace: '"notice.source": " "',
    expected: {
      file: 'src/i18n/ja.json',
      entry: 'ui',
      field: 'notice.source',
      locale: 'ja',
      problem: 'the text is empty (got " ")',
    },
  },
];

describe('lintContent() with one defect seeded into a page or the UI strings', () => {
  test.each(seeds)('reports $name, and no other error', (seed) => expectReported(seed));
});
