import { describe, expect, test } from 'vitest';
import type { LocaleCode } from '../../../../../src/locales.ts';
import { termbase } from '../../../../../tools/qa/rules/termbase.ts';
import { parseTermbase, readTerms, type Termbase } from '../../../../../tools/qa/terms.ts';
import { lineOf, seeded } from '../content-lint-seeds.ts';
import { shippedTerms } from '../shipped.ts';

const find = (text: string, locale: LocaleCode, code = false) =>
  termbase.find(text, { locale, code, terms: shippedTerms });

describe('the termbase rule, with the shipped termbases', () => {
  test('reports the variants of each locale with the reason and fix of its termbase, repaired to the term', () => {
    expect(find('排程此匯出作業的運算子', 'zh-TW')).toEqual([
      {
        index: 8,
        found: '運算子',
        message: '"運算子" is a mathematical operator, not the person who schedules the job',
        fix: 'write 操作員',
        replacement: '操作員',
      },
    ]);
    expect(find('내보내기를 예약한 연산자가', 'ko').map((d) => d.replacement)).toEqual(['운영자']);
    expect(find('Operatorn som schemalade', 'sv').map((d) => d.replacement)).toEqual(['Operatören']);
  });

  test('matches a Latin-script variant as a whole word and only where its followers say', () => {
    expect(find('Markera den här modulen om', 'sv').map((d) => d.message)).toEqual([
      '"Markera" means select or mark; the source says check',
    ]);
    expect(find('Markera adressen som visas', 'sv')).toEqual([]);
    expect(find('controleer of de module haven `6666` gebruikt', 'nl').map((d) => d.replacement)).toEqual(['poort']);
    expect(find('de haven van Rotterdam', 'nl')).toEqual([]);
    expect(find('operatorns', 'sv')).toEqual([]);
  });

  test('leaves a variant alone inside a longer word where it is right, and names the term when the fix does not', () => {
    expect(find('開啟埠清單', 'zh-TW').map((d) => [d.found, d.replacement])).toEqual([['埠', '連接埠']]);
    expect(find('請確認此模組使用的是 `6666` 連接埠', 'zh-TW')).toEqual([]);
    const base = parseTermbase(
      't.yaml',
      '- concept: port\n  term: 連接埠\n  forbidden:\n    - { variant: 埠, allowedIn: [連接埠], reason: r, fix: f }\n',
    );
    const terms = {
      ...shippedTerms,
      termbases: new Map<LocaleCode, Termbase>([['zh-TW', { file: 't.yaml', concepts: base.concepts }]]),
    };
    expect(termbase.find('開啟埠', { locale: 'zh-TW', code: false, terms }).map((d) => d.fix)).toEqual([
      'f (the term: 連接埠)',
    ]);
  });

  test('matches a follower right after a CJK variant, with or without a space', () => {
    expect(find('第 2 級：追蹤篩選器', 'zh-TW').map((d) => d.found)).toEqual(['追蹤']);
    expect(find('追蹤 類型', 'zh-TW').map((d) => d.found)).toEqual(['追蹤']);
    expect(find('追蹤工作流程出現錯誤', 'zh-TW')).toEqual([]);
  });

  test('leaves code and a locale without forbidden variants alone', () => {
    expect(find('連算子 運算子', 'zh-TW', true)).toEqual([]);
    expect(find('演算子のオペレーター', 'ja')).toEqual([]);
  });
});

describe('readTerms()', () => {
  test('finds each termbase by its locale code, and fails loudly, naming the file, when one is missing', () => {
    const { findings } = readTerms((path) => (path === 'content/terms/ja.yaml' ? undefined : '[]'), []);
    expect(findings.map((f) => [f.file, f.locale, f.message])).toEqual([
      ['content/terms/ja.yaml', 'ja', 'the termbase of ja is missing'],
    ]);
  });

  test('takes module ids and labels from the collection', () => {
    const { terms } = readTerms(() => '[]', [{ id: 'export', label: { sv: 'export' } }, { id: 'mta' }]);
    expect(terms.moduleIds).toEqual(['export', 'mta']);
    expect(terms.labels.get('export')).toEqual({ sv: 'export' });
  });
});

describe('parseTermbase()', () => {
  test('reads concepts and their variants, with followers', () => {
    const yaml =
      '- concept: port\n  term: poort\n  forbidden:\n    - { variant: haven, followedBy: [<number>], reason: r, fix: f }\n';
    expect(parseTermbase('t.yaml', yaml)).toEqual({
      concepts: [
        {
          concept: 'port',
          term: 'poort',
          forbidden: [{ variant: 'haven', followedBy: ['<number>'], allowedIn: [], reason: 'r', fix: 'f' }],
        },
      ],
      findings: [],
    });
  });

  test('reports an "allowedIn" word that does not contain its variant', () => {
    const yaml =
      '- concept: port\n  term: 連接埠\n  forbidden:\n    - { variant: 埠, allowedIn: [連線], reason: r, fix: f }\n';
    expect(parseTermbase('t.yaml', yaml).findings.map((f) => [f.line, f.message])).toEqual([
      [4, 'an "allowedIn" word does not contain the variant "埠"'],
    ]);
  });

  test('reports a file that is not a list of concepts, and a concept without its term, on their lines', () => {
    expect(parseTermbase('t.yaml', 'port: poort\n').findings.map((f) => [f.line, f.message])).toEqual([
      [1, 'expected a list of concepts'],
    ]);
    expect(
      parseTermbase('t.yaml', '- concept: port\n- concept: x\n  term: y\n').findings.map((f) => [f.line, f.message]),
    ).toEqual([[1, 'a concept without "concept" or "term" text']]);
  });
});

describe('the termbase rule over a damaged copy of the shipped content', () => {
  // One forbidden variant put back into each kind of reader-facing string.
  const cases = [
    { file: 'content/modules.yaml', find: 'zh-TW: 記錄伺服器', replace: 'zh-TW: 日誌伺服器', field: 'label' },
    {
      file: 'content/pages/zh-tw/log-precision.mdx',
      find: 'trace 篩選器產生',
      replace: '追蹤篩選器產生',
      field: 'body',
    },
    {
      file: 'src/i18n/nl.json',
      find: 'wat u moet controleren',
      replace: 'wat je moet controleren',
      field: 'home.intro',
    },
    {
      file: 'content/signs/mta.yaml',
      find: 'Leveransen står kvar i den här statusen: ',
      replace: 'Utskicket står kvar i den här statusen: ',
      field: 'meaning',
    },
    {
      file: 'content/pages/ko/general-architecture.mdx',
      find: '| 모노 인스턴스:',
      replace: '| 단일 인스턴스:',
      field: 'body',
    },
  ];
  test.each(cases)(
    'reports the variant in $file on its line, with the term to use',
    ({ file, find, replace, field }) => {
      const found = seeded(file, find, replace);
      expect(found.map((f) => [f.rule, f.file, f.line, f.field])).toEqual([
        ['termbase', file, lineOf(file, find), field],
      ]);
      expect(found[0]!.fix).toMatch(/記錄|trace|"u"|leveransen|모노 인스턴스/);
    },
  );
});
