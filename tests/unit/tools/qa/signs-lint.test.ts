// lint:content reads the signs too: every locale of every sign through the tools' rules, with file:line.
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { formatFinding } from '../../../../src/content/finding.ts';
import { localeCodes } from '../../../../src/locales.ts';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { termbases } from './shipped.ts';

const all = (text: string) => Object.fromEntries(localeCodes.map((l) => [l, text]));
const sign = (ko: string) => ({
  id: 'start-pending',
  kind: 'state',
  seen: 'Start pending',
  meaning: { ...all('`mta` waits'), ko },
  action: all('check `mta`'),
  from: 'delivery/using/about-delivery-monitoring.md',
  source: 'listed',
});
const lint = (ko: string) =>
  lintContent(new Map([['content/signs/mta.yaml', stringify([sign(ko)])], ...termbases()])).map(formatFinding);

describe('lint:content on content/signs/', () => {
  test('reports a forbidden term in a sign with its file, line, module › sign, field and locale', () => {
    const findings = lint('연산자가 예약한 게재');
    expect(findings).toEqual([
      expect.stringMatching(
        /^content\/signs\/mta\.yaml:\d+ {2}mta › start-pending {2}meaning {2}ko {2}error: .*연산자/,
      ),
    ]);
  });

  test('reports mojibake and a missing locale in a sign', () => {
    expect(lint('ë©”ì¼ì´').join('\n')).toMatch(/meaning {2}ko {2}error: .*mojibake/i);
    const missing = lintContent(
      new Map([['content/signs/mta.yaml', stringify([{ ...sign('x'), action: { ja: 'x' } }])], ...termbases()]),
    ).map(formatFinding);
    expect(missing.join('\n')).toMatch(/mta › start-pending {2}action {2}ko {2}error: the text is missing/);
  });

  test('finds nothing in a clean sign', () => {
    expect(lint('`mta`가 대기 중입니다')).toEqual([]);
  });
});
