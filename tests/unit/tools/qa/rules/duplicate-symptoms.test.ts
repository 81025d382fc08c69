// The rule that keeps symptom phrases distinct across modules.
import { describe, expect, test } from 'vitest';
import { formatFinding } from '../../../../../src/content/finding.ts';
import { lintContent } from '../../../../../tools/qa/content-lint.ts';
import { symptomKey } from '../../../../../tools/qa/rules/duplicate-symptoms.ts';
import { termbases } from '../shipped.ts';
import { localeCodes } from '../../../../../src/locales.ts';

/** A module collection of two modules whose Swedish symptoms are given. */
function collection(a: string[], b: string[]): string {
  const entry = (id: string, sv: string[]) =>
    [
      `- id: ${id}`,
      '  symptoms:',
      ...localeCodes.flatMap((l) => [`    ${l}:`, ...(l === 'sv' ? sv : [`${id} ${l}`]).map((s) => `      - ${s}`)]),
    ].join('\n');
  return `${entry('mta', a)}\n${entry('stat', b)}\n`;
}

/** Lints the collection with every rule; returns the findings of this rule, as printed. */
function lint(text: string): string[] {
  return lintContent(new Map([['content/modules.yaml', text], ...termbases()]))
    .filter((f) => f.rule === 'duplicate-symptoms')
    .map(formatFinding);
}

describe('the duplicate-symptoms rule', () => {
  test('reports a phrase listed under two modules of one locale once, at its second place, as an error', () => {
    const found = lint(collection(['e-post skickas inte', 'mejl fastnar i kön'], ['E-post skickas inte.']));
    expect(found).toEqual([
      'content/modules.yaml:21  stat  symptoms  sv  error: "E-post skickas inte." is also a symptom of mta (line 8), so search cannot tell the two apart — name what only stat explains (its port, command, file or behaviour), or keep the phrase under one module',
    ]);
  });

  test('accepts the same phrase in two locales and distinct phrases in one', () => {
    expect(lint(collection(['e-post skickas inte'], ['statistik saknas för port 7777']))).toEqual([]);
  });

  test('accepts a phrase repeated under the same module', () => {
    expect(lint(collection(['loggen är tom', 'loggen är tom'], ['port 7777 svarar inte']))).toEqual([]);
  });
});

describe('symptomKey()', () => {
  test('ignores case, full-width characters, spacing and end punctuation', () => {
    expect(symptomKey('ＭＴＡ  の接続統計がない。')).toBe(symptomKey('mta の接続統計がない'));
  });
});
