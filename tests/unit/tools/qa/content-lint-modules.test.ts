// The content lint on the module collection with one seeded defect each.
import { describe, expect, test } from 'vitest';
import { expectReported, lineOf, modules, seeded, type Seed } from './content-lint-seeds.ts';

// Defects seeded into the module collection and the module page metadata.
const seeds: Seed[] = [
  {
    name: 'a full-width colon inside xtk:session',
    file: modules,
    find: '콘솔 연결과 웹 연결이 실패하고 `xtk:session`',
    replace: '콘솔 연결과 웹 연결이 실패하고 `xtk：session`',
    expected: {
      rule: 'xtk-session',
      entry: 'web',
      field: 'troubleshooting',
      locale: 'ko',
      message: 'damaged code token "xtk：session" (a full-width colon "：")',
    },
  },
  {
    name: 'a translated xtk:session',
    file: modules,
    find: 'met een fout van het type `xtk:session`',
    replace: 'met een fout van het type `xtk:sessie`',
    expected: {
      rule: 'xtk-session',
      entry: 'web',
      field: 'troubleshooting',
      locale: 'nl',
      message: 'damaged code token "xtk:sessie" ("session" translated as "sessie")',
    },
  },
  {
    name: 'a word inserted into xtk:session in plain text',
    file: modules,
    find: '      - foutmelding xtk:session',
    replace: '      - foutmelding xtk activeren:session',
    expected: {
      rule: 'xtk-session',
      entry: 'web',
      field: 'symptoms',
      locale: 'nl',
      message: 'damaged code token "xtk activeren:session"',
    },
  },
  {
    name: 'a port number that differs from the other locales',
    file: modules,
    find: '請確認此模組使用的是 `6666` 連接埠',
    replace: '請確認此模組使用的是 `666` 連接埠',
    expected: {
      rule: 'parity',
      entry: 'syslogd',
      field: 'troubleshooting',
      locale: 'zh-TW',
      message: 'code tokens differ from ja, sv, ko, nl: has "666", lacks "6666"',
    },
  },
  {
    name: 'a link to another page than in the other locales',
    file: modules,
    find: 'Se [Problem med spårningsloggar](tracking-logs-issues)',
    replace: 'Se [Problem med spårningsloggar](log-precision)',
    expected: {
      rule: 'parity',
      entry: 'trackinglogd',
      field: 'troubleshooting',
      locale: 'sv',
      message: 'links differ from zh-TW, ja, ko, nl: has "log-precision", lacks "tracking-logs-issues"',
    },
  },
  {
    name: 'mojibake',
    file: modules,
    find: 'nl: Leest de bouncemailbox.',
    replace: 'nl: Leest de be√Ønvloede bouncemailbox.',
    expected: {
      rule: 'mojibake',
      entry: 'inMail',
      field: 'scope',
      locale: 'nl',
      message: 'mojibake "√Ø" (UTF-8 read as Mac Roman); it most likely read "ï"',
    },
  },
  {
    name: 'a zero-width space',
    file: modules,
    find: 'ja: メールを配信します。',
    replace: 'ja: メールを\u200B配信します。',
    expected: { rule: 'invisible', entry: 'mta', field: 'scope', locale: 'ja', message: 'invisible character U+200B' },
  },
  {
    name: 'an empty string',
    file: modules,
    find: 'sv: Underhåller statistiken för MTA-anslutningarna.',
    replace: 'sv: ""',
    expected: {
      rule: 'required-text',
      entry: 'stat',
      field: 'scope',
      locale: 'sv',
      message: 'the text is empty (got "")',
    },
  },
  {
    name: 'the nl "door:sturen" artefact',
    file: modules,
    find: 'nl: Controleer deze module als bouncemails niet meer worden doorgestuurd.',
    replace: 'nl: Controleer deze module als bouncemails niet meer door:sturen.',
    expected: {
      rule: 'colon-in-word',
      entry: 'inMail',
      field: 'troubleshooting',
      locale: 'nl',
      message: '"door:sturen" has a colon inside a word',
    },
  },
  {
    name: 'the sv "Markera" artefact',
    file: modules,
    find: 'sv: Kontrollera den här modulen om ingen process startar.',
    replace: 'sv: Markera den här modulen om ingen process startar.',
    expected: {
      rule: 'termbase',
      entry: 'watchdog',
      field: 'troubleshooting',
      locale: 'sv',
      message: '"Markera" means select or mark',
    },
  },
  {
    name: 'the ko 연산자 for the human operator',
    file: modules,
    find: '내보내기를 예약한 운영자가',
    replace: '내보내기를 예약한 연산자가',
    expected: {
      rule: 'termbase',
      entry: 'export',
      field: 'troubleshooting',
      locale: 'ko',
      message: '"연산자" is a mathematical operator',
    },
  },
  {
    name: 'the "this export" slip in the import row',
    file: modules,
    find: 'ja: インポートをスケジュールしたオペレーター',
    replace: 'ja: エクスポートをスケジュールしたオペレーター',
    expected: {
      rule: 'export-slip',
      entry: 'import',
      field: 'troubleshooting',
      locale: 'ja',
      message: 'the import row says "エクスポート" (export) where it means import',
    },
  },
  {
    name: 'a symptom phrase another module of the locale lists, reported once',
    file: modules,
    find: '      - importen stoppas eftersom för många rader avvisas',
    replace: '      - exporten avbryts halvvägs',
    expected: {
      rule: 'duplicate-symptoms',
      line: lineOf(modules, '      - importen stoppas eftersom för många rader avvisas'),
      entry: 'import',
      field: 'symptoms',
      locale: 'sv',
      message:
        /^"exporten avbryts halvvägs" is also a symptom of export \(line \d+\), so search cannot tell the two apart$/,
    },
  },
  {
    name: 'a relation to a module that does not exist',
    file: modules,
    find: "      - { kind: logsTo, to: 'syslogd' }",
    replace: "      - { kind: logsTo, to: 'sylogd' }",
    expected: {
      rule: 'references',
      entry: 'export',
      field: 'facts.relations[0]',
      locale: '-',
      message: '"sylogd" is not a module id',
    },
  },
  {
    name: 'markup in a label, which is plain text',
    file: modules,
    find: 'ja: メール転送エージェント',
    replace: "ja: '`メール転送エージェント`'",
    expected: { rule: 'plain-text', entry: 'mta', field: 'label', locale: 'ja', message: 'contains markup' },
  },
  {
    name: 'a source revision that is not listed',
    file: 'content/modules-page.yaml',
    find: 'sourceCommit: 20509f44c5b8e0827a09f44dffdf2ec9d11652a1',
    replace: 'sourceCommit: 0000000000000000000000000000000000000000',
    expected: {
      rule: 'module-page',
      entry: 'modules-and-frequent-issues',
      field: 'sourceCommit',
      locale: 'zh-TW',
      message: '"0000000000000000000000000000000000000000" is not one of the listed revisions',
    },
  },
];

describe('lintContent() with one defect seeded into the module collection', () => {
  test.each(seeds)('reports $name, and no other error', (seed) => expectReported(seed));

  test('reports a link to an anchor the page does not have in each locale that has it, and nothing else', () => {
    const found = seeded(modules, /general-architecture#list-of-open-ports\)/g, 'general-architecture#open-ports)');
    expect(found.filter((f) => f.severity === 'error').map((f) => [f.rule, f.entry, f.field, f.locale])).toEqual(
      ['zh-TW', 'ja', 'sv', 'ko', 'nl'].map((l) => ['references', 'syslogd', 'troubleshooting', l]),
    );
  });

  test('reports the line of the seeded string in the YAML file', () => {
    const [finding] = seeded(modules, 'ja: メールを配信します。', 'ja: メールを\u200B配信します。');
    expect(finding!.line).toBe(lineOf(modules, 'ja: メールを配信します。'));
  });
});
