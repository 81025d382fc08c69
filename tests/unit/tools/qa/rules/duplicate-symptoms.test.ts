// The rule that keeps symptom phrases distinct across modules: the same phrase, a phrase inside another, a
// phrase that only renames the module.
import { describe, expect, test } from 'vitest';
import { formatFinding } from '../../../../../src/content/finding.ts';
import { lintContent } from '../../../../../tools/qa/content-lint.ts';
import { symptomKey } from '../../../../../tools/qa/rules/duplicate-symptoms.ts';
import { lineOf, modules, seeded } from '../content-lint-seeds.ts';
import { termbases } from '../shipped.ts';
import { localeCodes } from '../../../../../src/locales.ts';

/** A module collection of two modules whose Swedish symptoms are given (the other locales' differ). */
function collection(a: string[], b: string[], ids = ['mta', 'stat']): string {
  const entry = (id: string, n: number, sv: string[]) =>
    [
      `- id: ${id}`,
      '  symptoms:',
      ...localeCodes.flatMap((l) => [
        `    ${l}:`,
        ...(l === 'sv' ? sv : [n === 0 ? `first ${l}` : `second ${l}`]).map((s) => `      - ${s}`),
      ]),
    ].join('\n');
  return `${entry(ids[0]!, 0, a)}\n${entry(ids[1]!, 1, b)}\n`;
}

/** Lints the collection with every rule; returns the findings of this rule, as printed. */
function lint(text: string): string[] {
  return lintContent(new Map([['content/modules.yaml', text], ...termbases()]))
    .filter((f) => f.rule === 'duplicate-symptoms')
    .map(formatFinding);
}

const fix =
  'name what only stat explains (its port, command, file, state or behaviour), or keep the phrase under one module';

describe('the duplicate-symptoms rule', () => {
  test('reports a phrase listed under two modules of one locale once, at its second place, as an error', () => {
    const found = lint(collection(['e-post skickas inte', 'mejl fastnar i kön'], ['E-post skickas inte.']));
    expect(found).toEqual([
      `content/modules.yaml:21  stat  symptoms  sv  error: "E-post skickas inte." is also a symptom of mta (line 8), so search cannot tell the two apart — ${fix}`,
    ]);
  });

  test('reports a phrase that another module’s phrase contains, at the shorter one, in whole words', () => {
    expect(lint(collection(['loggen skrivs inte längre till disk'], ['Loggen skrivs inte']))).toEqual([
      `content/modules.yaml:20  stat  symptoms  sv  error: "Loggen skrivs inte" is part of "loggen skrivs inte längre till disk", a symptom of mta (line 8): a reader who types it finds both modules — ${fix}`,
    ]);
    expect(lint(collection(['loggen skrivs inte'], ['omdirigeringsloggen skrivs inte']))).toEqual([]);
  });

  test('reports a phrase that differs from another module’s only in the module’s name or label', () => {
    const found = lint(collection(['exporten avbryts halvvägs'], ['importen avbryts halvvägs'], ['export', 'import']));
    expect(found).toEqual([
      `content/modules.yaml:20  import  symptoms  sv  error: "importen avbryts halvvägs" differs from "exporten avbryts halvvägs", a symptom of export (line 8), only in the module's name — ${fix.replace('stat', 'import')}`,
    ]);
  });

  test('accepts the same phrase in two locales and distinct phrases in one', () => {
    expect(lint(collection(['e-post skickas inte'], ['statistik saknas för port 7777']))).toEqual([]);
  });

  test('accepts a phrase repeated under the same module', () => {
    expect(lint(collection(['loggen är tom', 'loggen är tom'], ['statistiken uppdateras inte']))).toEqual([]);
  });
});

describe('the duplicate-symptoms rule over a damaged copy of the shipped content', () => {
  test('reports the syslogd symptom put back inside the trackinglogd one (ja)', () => {
    const found = seeded(modules, '      - どのモジュールのログも書き込まれない', '      - ログが書き込まれない');
    expect(found.map((f) => [f.rule, f.line, f.entry, f.locale])).toEqual([
      ['duplicate-symptoms', lineOf(modules, '      - どのモジュールのログも書き込まれない'), 'syslogd', 'ja'],
    ]);
    expect(found[0]!.message).toContain('is part of "リダイレクトログが書き込まれない", a symptom of trackinglogd');
  });

  test.each([
    [
      'nl',
      'by its id',
      '      - import stopt omdat te veel regels worden geweigerd',
      '      - import stopt halverwege',
    ],
    ['ja', 'by its label', '      - 却下された行が多すぎてインポートが停止する', '      - インポートが途中で止まる'],
  ])('reports the import symptom put back as the export one renamed (%s, %s)', (locale, _, before, after) => {
    const found = seeded(modules, before, after);
    expect(found.map((f) => [f.rule, f.line, f.entry, f.locale])).toEqual([
      ['duplicate-symptoms', lineOf(modules, before), 'import', locale],
    ]);
    expect(found[0]!.message).toContain("only in the module's name");
  });
});

describe('symptomKey()', () => {
  test('ignores case, full-width characters, spacing and end punctuation', () => {
    expect(symptomKey('ＭＴＡ  の接続統計がない。')).toBe(symptomKey('mta の接続統計がない'));
  });
});
