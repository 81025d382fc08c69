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
      entry: 'web',
      field: 'troubleshooting',
      locale: 'ko',
      problem: 'damaged code token "xtk：session" (a full-width colon "：")',
    },
  },
  {
    name: 'a translated xtk:session',
    file: modules,
    find: 'met een fout van het type `xtk:session`',
    replace: 'met een fout van het type `xtk:sessie`',
    expected: {
      entry: 'web',
      field: 'troubleshooting',
      locale: 'nl',
      problem: 'damaged code token "xtk:sessie" ("session" translated as "sessie")',
    },
  },
  {
    name: 'a word inserted into xtk:session in plain text',
    file: modules,
    find: '      - foutmelding xtk:session',
    replace: '      - foutmelding xtk activeren:session',
    expected: { entry: 'web', field: 'symptoms', locale: 'nl', problem: 'damaged code token "xtk activeren:session"' },
  },
  {
    name: 'a port number that differs from the other locales',
    file: modules,
    find: '請確認此模組使用的是 `6666` 連接埠',
    replace: '請確認此模組使用的是 `666` 連接埠',
    expected: {
      entry: 'syslogd',
      field: 'troubleshooting',
      locale: 'zh-TW',
      problem: 'code tokens differ from ja, sv, ko, nl: has "666", lacks "6666"',
    },
  },
  {
    name: 'a link to another page than in the other locales',
    file: modules,
    find: 'Se [Problem med spårningsloggar](tracking-logs-issues)',
    replace: 'Se [Problem med spårningsloggar](log-precision)',
    expected: {
      entry: 'trackinglogd',
      field: 'troubleshooting',
      locale: 'sv',
      problem: 'links differ from zh-TW, ja, ko, nl: has "log-precision", lacks "tracking-logs-issues"',
    },
  },
  {
    name: 'mojibake',
    file: modules,
    find: 'nl: Leest de mailbox met bouncemails.',
    replace: 'nl: Leest de mailbox met be√Ønvloede bouncemails.',
    expected: {
      entry: 'inMail',
      field: 'scope',
      locale: 'nl',
      problem: 'mojibake "√Ø" (UTF-8 read as Mac Roman); it most likely read "ï"',
    },
  },
  {
    name: 'a zero-width space',
    file: modules,
    find: 'ja: メールを配信します。',
    replace: 'ja: メールを\u200B配信します。',
    expected: { entry: 'mta', field: 'scope', locale: 'ja', problem: 'invisible character U+200B' },
  },
  {
    name: 'an empty string',
    file: modules,
    find: 'sv: Underhåller statistiken för MTA-anslutningarna.',
    replace: 'sv: ""',
    expected: { entry: 'stat', field: 'scope', locale: 'sv', problem: 'the text is empty (got "")' },
  },
  {
    name: 'the nl "door:sturen" artefact',
    file: modules,
    find: 'nl: Controleer deze module als bouncemails niet meer worden doorgestuurd.',
    replace: 'nl: Controleer deze module als bouncemails niet meer door:sturen.',
    expected: {
      entry: 'inMail',
      field: 'troubleshooting',
      locale: 'nl',
      problem: '"door:sturen" has a colon inside a word',
    },
  },
  {
    name: 'the sv "Markera" artefact',
    file: modules,
    find: 'sv: Kontrollera den här modulen om ingen process startar.',
    replace: 'sv: Markera den här modulen om ingen process startar.',
    expected: { entry: 'watchdog', field: 'troubleshooting', locale: 'sv', problem: '"Markera" means select or mark' },
  },
  {
    name: 'the ko 연산자 for the human operator',
    file: modules,
    find: '내보내기를 예약한 운영자가',
    replace: '내보내기를 예약한 연산자가',
    expected: {
      entry: 'export',
      field: 'troubleshooting',
      locale: 'ko',
      problem: '"연산자" is a mathematical operator',
    },
  },
  {
    name: 'the "this export" slip in the import row',
    file: modules,
    find: 'ja: インポートをスケジュールしたオペレーター',
    replace: 'ja: エクスポートをスケジュールしたオペレーター',
    expected: {
      entry: 'import',
      field: 'troubleshooting',
      locale: 'ja',
      problem: 'the import row says "エクスポート" (export) where it means import',
    },
  },
  {
    name: 'a source revision that is not listed',
    file: 'content/modules-page.yaml',
    find: 'sourceCommit: 20509f44c5b8e0827a09f44dffdf2ec9d11652a1',
    replace: 'sourceCommit: 0000000000000000000000000000000000000000',
    expected: {
      entry: 'modules-and-frequent-issues',
      field: 'sourceCommit',
      locale: 'zh-TW',
      problem: '"0000000000000000000000000000000000000000" is not one of the listed revisions',
    },
  },
];

describe('lintContent() with one defect seeded into the module collection', () => {
  test.each(seeds)('reports $name, and no other error', (seed) => expectReported(seed));

  test('reports the line of the seeded string in the YAML file', () => {
    const [finding] = seeded(modules, 'ja: メールを配信します。', 'ja: メールを\u200B配信します。');
    expect(finding!.line).toBe(lineOf(modules, 'ja: メールを配信します。'));
  });
});
