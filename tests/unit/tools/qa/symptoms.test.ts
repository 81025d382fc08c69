// The content lint rule that keeps symptom phrases distinct across modules.
import { describe, expect, test } from 'vitest';
import { formatLintFinding, type LintFinding } from '../../../../tools/qa/findings.ts';
import { lintDuplicateSymptoms, symptomKey } from '../../../../tools/qa/symptoms.ts';

const locales = ['zh-TW', 'ja', 'sv', 'ko', 'nl'];

/** A module collection of two modules whose Swedish symptoms are given. */
function collection(a: string[], b: string[]): string {
  const entry = (id: string, sv: string[]) =>
    [
      `- id: ${id}`,
      '  symptoms:',
      ...locales.flatMap((l) => [`    ${l}:`, ...(l === 'sv' ? sv : [`${id} ${l}`]).map((s) => `      - ${s}`)]),
    ].join('\n');
  return `${entry('mta', a)}\n${entry('stat', b)}\n`;
}

function lint(text: string): LintFinding[] {
  const found: LintFinding[] = [];
  lintDuplicateSymptoms((f) => found.push({ severity: 'error', ...f }), 'content/modules.yaml', text);
  return found;
}

describe('lintDuplicateSymptoms()', () => {
  test('reports a phrase listed under two modules of one locale, at its second place, as an error', () => {
    const found = lint(collection(['e-post skickas inte', 'mejl fastnar i kön'], ['E-post skickas inte.']));
    expect(found).toHaveLength(1);
    expect(formatLintFinding(found[0]!)).toMatch(
      /^content\/modules\.yaml:\d+ {2}stat {2}symptoms {2}sv {2}error: "E-post skickas inte\." is also a symptom of mta/,
    );
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
