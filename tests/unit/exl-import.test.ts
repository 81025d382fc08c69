import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importExl, type Collection, type Finding } from '../../tools/import-exl/import.ts';
import { cellToInline } from '../../tools/import-exl/cells.ts';
import { ExlInputError, parseExlMarkdown } from '../../tools/import-exl/markdown.ts';
import { localeCodes, type LocaleCode } from '../../src/locales.ts';

const fixtures = 'tests/fixtures/experience-league';
const fixtureFile = (locale: LocaleCode) => `${fixtures}/modules-and-frequent-issues.${locale}.md`;
const fixture = (locale: LocaleCode) => readFileSync(fixtureFile(locale), 'utf8');
const pageIds = ['modules-and-frequent-issues', 'general-architecture', 'log-precision', 'tracking-logs-issues'];
const moduleIds = [
  'export',
  'import',
  'inMail',
  'mta',
  'stat',
  'syslogd',
  'tracking',
  'trackinglogd',
  'watchdog',
  'web',
  'wfserver',
];

function shippedCollection(): Collection {
  return {
    modulesFile: 'content/modules.yaml',
    modulesYaml: readFileSync('content/modules.yaml', 'utf8'),
    pageFile: 'content/modules-page.yaml',
    pageYaml: readFileSync('content/modules-page.yaml', 'utf8'),
    snapshotFile: 'content/upstream-snapshot.yaml',
    snapshotYaml: readFileSync('content/upstream-snapshot.yaml', 'utf8'),
    pageIds,
  };
}

let all: ReturnType<typeof importExl> | undefined;
/** The import of the five real files into the shipped collection, computed once. */
const importAll = () =>
  (all ??= importExl(
    localeCodes.map((l) => parseExlMarkdown(fixture(l), fixtureFile(l))),
    shippedCollection(),
  ));

describe('parseExlMarkdown()', () => {
  test.each(localeCodes)(
    'reads the front matter, the page heading and eleven rows of three cells in the %s file',
    (locale) => {
      const doc = parseExlMarkdown(fixture(locale), fixtureFile(locale));
      expect(doc.locale).toBe(locale);
      expect(doc.heading.anchor).toBe('modules-and-frequent-issues');
      expect(doc.frontMatter.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
      expect(doc.frontMatter.workflow).toBe('tm+mt');
      expect(doc.frontMatter.wordCount).toBe(255);
      expect(doc.rows).toHaveLength(11);
      for (const row of doc.rows) expect(row.cells).toHaveLength(3);
    },
  );

  test('reads a bare source-wordcount like a quoted one', () => {
    const doc = parseExlMarkdown(
      fixture('ja').replace("source-wordcount: '255'", 'source-wordcount: 255'),
      fixtureFile('ja'),
    );
    expect(doc.frontMatter.wordCount).toBe(255);
  });

  test('falls back to translation-type when workflow-type is absent', () => {
    const doc = parseExlMarkdown(fixture('sv').replace('workflow-type: tm+mt\n', ''), fixtureFile('sv'));
    expect(doc.frontMatter.workflow).toBe('tm+mt');
  });

  test('notes a translation-type that disagrees with workflow-type, and uses workflow-type', () => {
    const doc = parseExlMarkdown(
      fixture('ko').replace('translation-type: tm+mt', 'translation-type: ht'),
      fixtureFile('ko'),
    );
    expect(doc.frontMatter.workflow).toBe('tm+mt');
    expect(doc.frontMatter.notes).toEqual([
      'workflow-type "tm+mt" and the older translation-type "ht" disagree; workflow-type is used',
    ]);
  });

  test('accepts a file without exl-id, as the ko and sv translations are', () => {
    const doc = parseExlMarkdown(fixture('ko'), fixtureFile('ko'));
    expect(doc.frontMatter.exlId).toBeUndefined();
  });

  test('keeps a commit hash made only of digits as text', () => {
    const digits = '1'.repeat(40);
    const doc = parseExlMarkdown(
      fixture('nl').replace('98d646919fedc66ee9145522ad0c5f15b25dbf2e', digits),
      fixtureFile('nl'),
    );
    expect(doc.frontMatter.sourceCommit).toBe(digits);
  });

  test('takes the locale from repository-style names such as ko-KR and zh-Hant', () => {
    expect(parseExlMarkdown(fixture('ko'), 'modules-and-frequent-issues.ko-KR.md').locale).toBe('ko');
    expect(parseExlMarkdown(fixture('zh-TW'), 'x/modules-and-frequent-issues.zh-Hant.md').locale).toBe('zh-TW');
  });

  test.each([
    [
      'a file that is not Experience League markdown',
      'notes.ja.md',
      '# Notes\n\nNo front matter here.\n',
      /^notes\.ja\.md: not Experience League markdown \(no YAML front matter/,
    ],
    [
      'front matter without source-git-commit',
      'page.ja.md',
      '---\ntitle: x\n---\n<table></table>\n',
      /^page\.ja\.md: not Experience League markdown: the front matter has no source-git-commit/,
    ],
    [
      'a file without a table',
      'no-table.ja.md',
      fixture('ja').replace(/<table>[\s\S]*$/, ''),
      /^no-table\.ja\.md: has no <table>/,
    ],
    [
      'a language we do not publish',
      'modules-and-frequent-issues.de-DE.md',
      fixture('nl'),
      /^modules-and-frequent-issues\.de-DE\.md: the language "de-DE" is not one we publish \(zh-TW, ja, sv, ko, nl\)/,
    ],
    [
      'a file name without a language',
      'modules-and-frequent-issues.md',
      fixture('nl'),
      /^modules-and-frequent-issues\.md: cannot tell the language from the file name/,
    ],
    [
      'a Korean file named as Japanese',
      'modules-and-frequent-issues.ja.md',
      fixture('ko'),
      /the file name says "ja" but the table text looks like Korean/,
    ],
  ])('rejects %s with a message naming the file', (_what, file, text, message) => {
    expect(() => parseExlMarkdown(text, file)).toThrow(ExlInputError);
    expect(() => parseExlMarkdown(text, file)).toThrow(message);
  });
});

describe('cellToInline()', () => {
  const cell = (locale: LocaleCode, id: string, column: 1 | 2) =>
    parseExlMarkdown(fixture(locale), fixtureFile(locale)).rows[moduleIds.indexOf(id)]!.cells[column]!.html;
  const convert = (locale: LocaleCode, id: string, column: 1 | 2) =>
    cellToInline(
      cell(locale, id, column),
      locale,
      { module: id, field: column === 1 ? 'scope' : 'troubleshooting' },
      pageIds,
    ).text;

  test('puts the ko trackinglogd link text back inside its link', () => {
    expect(convert('ko', 'trackinglogd', 2)).toMatch(/\. \[추적 로그 문제\]\(tracking-logs-issues\)를 참조하십시오\.$/);
  });

  test('drops a <br /> inside a sentence without breaking the sentence', () => {
    expect(convert('ja', 'web', 2)).toContain('`xtk:session`タイプのエラーがトリガーする場合');
    expect(convert('ja', 'syslogd', 2)).toContain(
      '[オープンポートのリスト](general-architecture#list-of-open-ports)を参照してください。',
    );
  });

  test('repairs the damaged nl token to `xtk:session`', () => {
    expect(convert('nl', 'web', 2)).toContain('een `xtk:session` typefout');
  });

  test('writes the port as code and the nl "haven" as "poort"', () => {
    expect(convert('nl', 'syslogd', 2)).toContain('de module poort `6666` gebruikt');
  });

  test('repairs the machine-translation artefacts and the export slip of the import row', () => {
    expect(convert('zh-TW', 'import', 2)).toBe('排程此匯入作業的操作員需要重新啟動。檢查資料庫中是否有重複項。');
    expect(convert('sv', 'mta', 2)).toMatch(/^Kontrollera den här modulen/);
    expect(convert('nl', 'inMail', 2)).toContain('niet meer doorsturen.');
  });
});

describe('importExl()', () => {
  test.each(localeCodes)('maps all eleven rows of the %s file to their module ids', (locale) => {
    const report = importExl([parseExlMarkdown(fixture(locale), fixtureFile(locale))], shippedCollection()).reports[0]!;
    expect(report.rows.map((r) => r.match.id)).toEqual(moduleIds);
  });

  test('reports each translated or misspelled module name, and no correct one', () => {
    const names = (locale: LocaleCode) =>
      importAll()
        .reports.find((r) => r.locale === locale)!
        .defects.filter((d) => d.kind === 'module-name')
        .map((d) => `${d.module}:${/"([^"]+)"/.exec(d.problem)![1]}`);
    expect(names('zh-TW')).toEqual(['export:匯出', 'import:匯入', 'tracking:追蹤', 'watchdog:監視']);
    expect(names('ja')).toEqual(['export:エクスポート', 'mta:MTA', 'watchdog:ウォッチ', 'web:Web']);
    expect(names('ko')).toEqual([
      'export:내보내기',
      'syslogd:sylogd',
      'tracking:추적',
      'trackinglogd:trackinglogs',
      'watchdog:감시',
      'web:웹',
    ]);
    expect(names('sv')).toEqual(['tracking:spårning', 'watchdog:övervakningsenhet', 'web:webb']);
    expect(names('nl')).toEqual(['tracking:bijhouden', 'watchdog:waakhond']);
  });

  // Every defect of campaign-facts.md §2 that the five files contain: locale, kind, module, field, words of the problem.
  const expected: [LocaleCode, Finding['kind'], string, string, string][] = [
    ['ko', 'module-name', 'syslogd', 'module', 'misspelled module name "sylogd"'],
    ['ko', 'module-name', 'trackinglogd', 'module', 'misspelled module name "trackinglogs"'],
    ['ko', 'markup', 'trackinglogd', 'troubleshooting', 'the link text "추적 로그 문제" stands outside its <a>'],
    ['ja', 'markup', 'web', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['ja', 'markup', 'syslogd', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['ko', 'markup', 'web', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['nl', 'code-token', 'web', 'troubleshooting', 'damaged code token "xtk activeren:session"'],
    ['nl', 'mojibake', 'modules-and-frequent-issues', 'intro', 'mojibake "√Ø"'],
    ['nl', 'mt-artefact', 'inMail', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'mt-artefact', 'tracking', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'mt-artefact', 'trackinglogd', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'mt-artefact', 'syslogd', 'troubleshooting', '"haven" (harbour) is used for a network port'],
    ['sv', 'mt-artefact', 'mta', 'troubleshooting', '"Markera" means select or mark'],
    ['sv', 'mt-artefact', 'export', 'troubleshooting', '"Operatorn" is a mathematical operator'],
    ['ko', 'mt-artefact', 'export', 'troubleshooting', '"연산자" is a mathematical operator'],
    ['zh-TW', 'mt-artefact', 'import', 'troubleshooting', '"運算子" is a mathematical operator'],
    ...(['zh-TW', 'ja', 'sv', 'ko', 'nl'] as const).map((l): [LocaleCode, Finding['kind'], string, string, string] => [
      l,
      'source-slip',
      'import',
      'troubleshooting',
      'where it means import',
    ]),
  ];
  test.each(expected)('reports in %s a %s defect of %s › %s: %s', (locale, kind, module, field, words) => {
    const report = importAll().reports.find((r) => r.locale === locale)!;
    const hit = report.defects.find(
      (d) => d.kind === kind && d.module === module && d.field === field && d.problem.includes(words),
    );
    expect(
      hit,
      JSON.stringify(
        report.defects.map((d) => [d.kind, d.module, d.field, d.problem]),
        null,
        1,
      ),
    ).toBeDefined();
    expect(hit!.file).toBe(fixtureFile(locale));
    expect(fixture(locale).split('\n')[hit!.line - 1]).toBeDefined();
  });

  test('reports a sv "Markera" in every row that has one, and the nl damaged token on its line', () => {
    const sv = importAll().reports.find((r) => r.locale === 'sv')!;
    expect(sv.defects.filter((d) => d.problem.includes('Markera')).map((d) => d.module)).toEqual([
      'inMail',
      'mta',
      'stat',
      'tracking',
      'trackinglogd',
      'web',
    ]);
    const nl = importAll().reports.find((r) => r.locale === 'nl')!;
    const token = nl.defects.find((d) => d.kind === 'code-token')!;
    expect(fixture('nl').split('\n')[token.line - 1]).toContain('xtk activeren:session');
  });

  test('calls no translation stale for its older revision alone, and finds no wording change in the snapshot', () => {
    for (const r of importAll().reports) {
      expect(r.defects.filter((d) => d.kind === 'stale-revision')).toEqual([]);
      expect(r.wording).toEqual([]);
    }
  });

  test('finds the facts of the shipped collection in the five files, so nothing is to be written', () => {
    const result = importAll();
    for (const r of result.reports) {
      expect(r.differences).toEqual([]);
      expect(r.kept).toBe(22);
    }
    expect(result.updates).toEqual([]);
    expect(result.modulesYaml).toBe(shippedCollection().modulesYaml);
    expect(result.pageYaml).toBe(shippedCollection().pageYaml);
  });

  test('maps reordered rows by their names, not their positions', () => {
    const source = fixture('nl');
    const rows = [...source.matchAll(/ {2}<tr> \n {3}<td>[\s\S]*?<\/tr> \n/g)].map((m) => m[0]);
    const swapped = source.replace(rows[0]! + rows[1]!, rows[1]! + rows[0]!);
    const report = importExl([parseExlMarkdown(swapped, fixtureFile('nl'))], shippedCollection()).reports[0]!;
    expect(report.rows.slice(0, 2).map((r) => r.match.id)).toEqual(['import', 'export']);
    expect(report.differences.filter((d) => d.field === 'order')).toHaveLength(2);
  });

  test('rejects a table whose row count differs from the collection, naming the file', () => {
    const source = fixture('sv').replace(/ {2}<tr> \n {3}<td> stat <\/td>[\s\S]*?<\/tr> \n/, '');
    expect(() => importExl([parseExlMarkdown(source, fixtureFile('sv'))], shippedCollection())).toThrow(
      `${fixtureFile('sv')}: the table has 10 rows but content/modules.yaml has 11 modules`,
    );
  });

  test('rejects two rows that name the same module', () => {
    const source = fixture('nl').replace('<td> waakhond </td>', '<td> web </td>');
    expect(() => importExl([parseExlMarkdown(source, fixtureFile('nl'))], shippedCollection())).toThrow(
      /row 10 \("web"\) maps to module "web", like row 9/,
    );
  });

  test('rejects another page and a second file of the same locale', () => {
    const other = fixture('ja').replace(
      'exl-id: dbd50178-0a16-46ed-bfad-47beb3c2a420',
      'exl-id: 00000000-0000-0000-0000-000000000000',
    );
    expect(() => importExl([parseExlMarkdown(other, fixtureFile('ja'))], shippedCollection())).toThrow(
      /exl-id "00000000-0000-0000-0000-000000000000" is another page/,
    );
    const doc = parseExlMarkdown(fixture('ja'), fixtureFile('ja'));
    expect(() => importExl([doc, doc], shippedCollection())).toThrow(/a second ja file/);
  });

  test('plans the repaired source text for a string whose facts changed upstream', () => {
    const source = fixture('ko').replace('포트 6666을', '포트 6667을');
    const result = importExl([parseExlMarkdown(source, fixtureFile('ko'))], shippedCollection());
    expect(result.updates.filter((u) => u.file === 'content/modules.yaml')).toEqual([
      expect.objectContaining({
        module: 'syslogd',
        field: 'troubleshooting',
        locale: 'ko',
        to: expect.stringContaining('포트 `6667`을') as string,
      }),
    ]);
    expect(result.reports[0]!.differences[0]).toMatchObject({
      file: 'content/modules.yaml',
      module: 'syslogd',
      field: 'troubleshooting',
      locale: 'ko',
    });
  });
});

describe('npm run import:exl', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A copy of the project's content in a temporary folder, for the command to write into. */
  function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'import-exl-'));
    dirs.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    return dir;
  }
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['tools/import-exl/cli.ts', ...args], { encoding: 'utf8' });
  const snapshot = (dir: string) => ({
    modules: readFileSync(join(dir, 'content/modules.yaml'), 'utf8'),
    page: readFileSync(join(dir, 'content/modules-page.yaml'), 'utf8'),
  });

  test('prints a report per locale with the file, the mapping and the defects', () => {
    const out = run(...localeCodes.map(fixtureFile));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`${fixtureFile('ko')} (ko; source 972885c; tm+mt; 255 words; no exl-id)`);
    expect(out.stdout).toContain(
      'rows: 11 mapped — 5 by exact name, 6 despite their names: "내보내기" → export, "sylogd" → syslogd',
    );
    expect(out.stdout).toMatch(
      new RegExp(
        `${fixtureFile('nl')}:\\d+ {2}web {2}troubleshooting {2}nl {2}code-token: damaged code token "xtk activeren:session"`,
      ),
    );
    expect(out.stdout).toContain('Nothing to write: the collection already holds these translations.');
  });

  test('writes nothing and exits 1 when one of the files is bad', () => {
    const dir = tempProject();
    const before = snapshot(dir);
    const bad = join(dir, 'modules-and-frequent-issues.fr-FR.md');
    writeFileSync(bad, fixture('nl'));
    const changed = join(dir, 'modules-and-frequent-issues.ko.md');
    writeFileSync(changed, fixture('ko').replace('972885c3a38bcd3a260574bacbb3f507e11ae05b', 'a'.repeat(40)));
    const out = run('--root', dir, '--write', changed, bad);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('modules-and-frequent-issues.fr-FR.md: the language "fr-FR" is not one we publish');
    expect(out.stderr).toContain('Nothing was written.');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual([
      'modules-page.yaml',
      'modules.yaml',
      'pages',
      'upstream-snapshot.yaml',
    ]);
  });

  test('--write updates the changed string and the source revision, and keeps symptoms, labels, comments and our fixes', () => {
    const dir = tempProject();
    const before = snapshot(dir);
    const ko = join(dir, 'modules-and-frequent-issues.ko.md');
    const newCommit = 'c0ffee'.padEnd(40, '0');
    writeFileSync(
      ko,
      fixture('ko')
        .replace('972885c3a38bcd3a260574bacbb3f507e11ae05b', newCommit)
        .replace('포트 6666을', '포트 6667을'),
    );
    const out = run('--root', dir, '--write', ko, fixtureFile('nl'));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      'Wrote 4 change(s) to content/modules.yaml, content/modules-page.yaml and content/upstream-snapshot.yaml.',
    );
    expect(readFileSync(join(dir, 'content/upstream-snapshot.yaml'), 'utf8')).toMatch(
      /ko:\n {2}rows:[\s\S]*\n {2}changed:\n {4}syslogd:\n {6}troubleshooting: .*포트 `6667`을/,
    );
    const after = snapshot(dir);

    // A reviewable diff: the ko syslogd line in the module file, two lines in the page file.
    const changedLines = (a: string, b: string) => b.split('\n').filter((line, i) => line !== a.split('\n')[i]);
    expect(after.modules.split('\n')).toHaveLength(before.modules.split('\n').length);
    expect(changedLines(before.modules, after.modules)).toEqual([
      '    ko: 로그 파일에 일부 로그가 없는 경우 모듈이 포트 `6667`을 사용하고 있는지 확인하십시오. [열려 있는 포트 목록](general-architecture#list-of-open-ports)을 참조하십시오.',
    ]);
    expect(after.page).toContain(`  revisions:\n    - ${newCommit}\n    - 20509f44c5b8e0827a09f44dffdf2ec9d11652a1`);
    expect(after.page).toContain(`sourceCommit: ${newCommit}`);
    expect(after.page.split('\n').slice(0, 3)).toEqual(before.page.split('\n').slice(0, 3));

    const was = parse(before.modules) as Record<string, unknown>[];
    const now = parse(after.modules) as Record<string, unknown>[];
    now.forEach((m, i) => {
      expect(m['symptoms']).toEqual(was[i]!['symptoms']);
      expect(m['label']).toEqual(was[i]!['label']);
    });
    // Our fixes of the upstream defects stay: the nl web row keeps `xtk:session`, ko keeps 운영자 and the link.
    const byId = (id: string) => now.find((m) => m['id'] === id)!;
    expect(byId('web')['troubleshooting']).toEqual(was.find((m) => m['id'] === 'web')!['troubleshooting']);
    expect(JSON.stringify(now)).not.toMatch(/activeren|연산자|運算子|sylogd|door:sturen|√/);
    expect((byId('trackinglogd')['troubleshooting'] as Record<string, string>)['ko']).toContain(
      '[추적 로그 문제](tracking-logs-issues)',
    );
  });
});
