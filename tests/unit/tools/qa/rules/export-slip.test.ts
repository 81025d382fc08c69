import { describe, expect, test } from 'vitest';
import type { LocaleCode } from '../../../../../src/locales.ts';
import { exportSlip } from '../../../../../tools/qa/rules/export-slip.ts';
import { readTerms } from '../../../../../tools/qa/terms.ts';
import { shippedTerms } from '../shipped.ts';

const row = { module: 'import', field: 'troubleshooting' };
const find = (text: string, locale: LocaleCode, where = row, terms = shippedTerms) =>
  exportSlip.find(text, { locale, code: false, terms, ...where });

describe('the export-slip rule', () => {
  test('reports the export label in the import row, repaired to the import label, in every locale', () => {
    expect(find('Operatören som schemalade exporten', 'sv')).toEqual([
      {
        index: 26,
        found: 'export',
        message:
          'the import row says "export" (export) where it means import: a slip of the English source ("this export") that the translation copied',
        fix: 'write "import"',
        replacement: 'import',
      },
    ]);
    expect(find('Exporten', 'nl').map((d) => d.replacement)).toEqual(['Import']);
    expect(find('排程此匯出作業', 'zh-TW').map((d) => d.replacement)).toEqual(['匯入']);
    expect(find('エクスポートをスケジュール', 'ja').map((d) => d.replacement)).toEqual(['インポート']);
    expect(find('내보내기를 예약한', 'ko').map((d) => d.replacement)).toEqual(['가져오기']);
  });

  test('reads nothing outside the troubleshooting text of the import row', () => {
    expect(find('Operatören som schemalade exporten', 'sv', { module: 'export', field: 'troubleshooting' })).toEqual(
      [],
    );
    expect(find('Kör en exportprocess', 'sv', { module: 'import', field: 'scope' })).toEqual([]);
  });

  test('takes its words from the labels of the collection, not from code', () => {
    const labels = [
      { id: 'export', label: { sv: 'utförsel' } },
      { id: 'import', label: { sv: 'införsel' } },
    ];
    const { terms } = readTerms(() => '[]', labels);
    expect(find('schemalade utförseln', 'sv', row, terms).map((d) => d.replacement)).toEqual(['införsel']);
    expect(find('schemalade exporten', 'sv', row, terms)).toEqual([]);
  });
});
