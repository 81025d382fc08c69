// importExl(): mapping upstream rows to modules, reporting defects and differences, proposing updates.
import { describe, expect, test } from 'vitest';
import { localeCodes, type LocaleCode } from '../../../../src/locales.ts';
import { importExl, type Finding } from '../../../../tools/import-exl/import.ts';
import { parseExlMarkdown } from '../../../../tools/import-exl/markdown.ts';
import { fixture, fixtureFile, importAll, moduleIds, shippedCollection } from './fixtures.ts';

describe('importExl()', () => {
  test.each(localeCodes)('maps all eleven rows of the %s file to their module ids', (locale) => {
    const report = importExl([parseExlMarkdown(fixture(locale), fixtureFile(locale))], shippedCollection()).reports[0]!;
    expect(report.rows.map((r) => r.match.id)).toEqual(moduleIds);
  });

  test('reports each translated or misspelled module name, and no correct one', () => {
    const names = (locale: LocaleCode) =>
      importAll()
        .reports.find((r) => r.locale === locale)!
        .defects.filter((d) => d.rule === 'module-name')
        .map((d) => `${d.entry}:${/"([^"]+)"/.exec(d.message)![1]}`);
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

  // Every defect of campaign-facts.md §2 that the five files contain: locale, rule, module, field, words of the problem.
  const expected: [LocaleCode, Finding['rule'], string, string, string][] = [
    ['ko', 'module-name', 'syslogd', 'module', 'misspelled module name "sylogd"'],
    ['ko', 'module-name', 'trackinglogd', 'module', 'misspelled module name "trackinglogs"'],
    ['ko', 'markup', 'trackinglogd', 'troubleshooting', 'the link text "추적 로그 문제" stands outside its <a>'],
    ['ja', 'markup', 'web', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['ja', 'markup', 'syslogd', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['ko', 'markup', 'web', 'troubleshooting', '<br /> in the middle of a sentence'],
    ['nl', 'xtk-session', 'web', 'troubleshooting', 'damaged code token "xtk activeren:session"'],
    ['nl', 'mojibake', 'modules-and-frequent-issues', 'intro', 'mojibake "√Ø"'],
    ['nl', 'colon-in-word', 'inMail', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'colon-in-word', 'tracking', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'colon-in-word', 'trackinglogd', 'troubleshooting', '"door:sturen" has a colon inside a word'],
    ['nl', 'termbase', 'syslogd', 'troubleshooting', '"haven" (harbour) is used for a network port'],
    ['sv', 'termbase', 'mta', 'troubleshooting', '"Markera" means select or mark'],
    ['sv', 'termbase', 'export', 'troubleshooting', '"Operatorn" is a mathematical operator'],
    ['ko', 'termbase', 'export', 'troubleshooting', '"연산자" is a mathematical operator'],
    ['zh-TW', 'termbase', 'import', 'troubleshooting', '"運算子" is a mathematical operator'],
    ...(['zh-TW', 'ja', 'sv', 'ko', 'nl'] as const).map((l): [LocaleCode, Finding['rule'], string, string, string] => [
      l,
      'export-slip',
      'import',
      'troubleshooting',
      'where it means import',
    ]),
  ];
  test.each(expected)('reports in %s a %s defect of %s › %s: %s', (locale, rule, module, field, words) => {
    const report = importAll().reports.find((r) => r.locale === locale)!;
    const hit = report.defects.find(
      (d) => d.rule === rule && d.entry === module && d.field === field && d.message.includes(words),
    );
    expect(
      hit,
      JSON.stringify(
        report.defects.map((d) => [d.rule, d.entry, d.field, d.message]),
        null,
        1,
      ),
    ).toBeDefined();
    expect(hit!.file).toBe(fixtureFile(locale));
    expect(hit!.severity).toBe('error');
    expect(fixture(locale).split('\n')[hit!.line! - 1]).toBeDefined();
  });

  test('reports a sv "Markera" in every row that has one, and the nl damaged token on its line', () => {
    const sv = importAll().reports.find((r) => r.locale === 'sv')!;
    expect(sv.defects.filter((d) => d.message.includes('Markera')).map((d) => d.entry)).toEqual([
      'inMail',
      'mta',
      'stat',
      'tracking',
      'trackinglogd',
      'web',
    ]);
    const nl = importAll().reports.find((r) => r.locale === 'nl')!;
    const token = nl.defects.find((d) => d.rule === 'xtk-session')!;
    expect(fixture('nl').split('\n')[token.line! - 1]).toContain('xtk activeren:session');
  });

  test('calls no translation stale for its older revision alone, and finds no wording change in the snapshot', () => {
    for (const r of importAll().reports) {
      expect(r.defects.filter((d) => /older|stale/.test(d.message))).toEqual([]);
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
      `${fixtureFile('sv')}  -  -  -  error: the table has 10 rows but content/modules.yaml has 11 modules`,
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
      entry: 'syslogd',
      rule: 'difference',
      severity: 'warning',
      field: 'troubleshooting',
      locale: 'ko',
    });
  });
});
