// Converting upstream table cells to the collection's inline markup, repairing their defects.
import { describe, expect, test } from 'vitest';
import type { LocaleCode } from '../../../../src/locales.ts';
import { cellToInline } from '../../../../tools/import-exl/cells.ts';
import { parseExlMarkdown } from '../../../../tools/import-exl/markdown.ts';
import { shippedTerms } from '../qa/shipped.ts';
import { fixture, fixtureFile, moduleIds, pageIds } from './fixtures.ts';

describe('cellToInline()', () => {
  const cell = (locale: LocaleCode, id: string, column: 1 | 2) =>
    parseExlMarkdown(fixture(locale), fixtureFile(locale)).rows[moduleIds.indexOf(id)]!.cells[column]!.html;
  const convert = (locale: LocaleCode, id: string, column: 1 | 2) =>
    cellToInline(
      cell(locale, id, column),
      { locale, module: id, field: column === 1 ? 'scope' : 'troubleshooting', terms: shippedTerms },
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
