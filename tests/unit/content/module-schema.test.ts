import { describe, expect, test } from 'vitest';
import { moduleSchema } from '../../../src/content/module-schema.ts';
import { all, validModule } from './fixtures.ts';

const file = 'content/modules.yaml';
const schema = moduleSchema(file);

/** Returns the messages of a failed parse (empty when the entry is valid). */
function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('moduleSchema()', () => {
  test('accepts a complete module and keeps every locale', () => {
    const parsed = schema.parse(validModule());
    expect(parsed.scope['zh-TW']).toBe('Writes the logs.');
    expect(parsed.symptoms.ko).toHaveLength(2);
    expect(parsed.aliases).toEqual([]);
  });

  test('accepts a module without a label', () => {
    const { label: _label, ...rest } = validModule();
    expect(messages(rest)).toEqual([]);
  });

  test('names file, module, field and locale when a locale string is missing', () => {
    const { ja: _ja, ...scope } = all('Writes the logs.');
    expect(messages(validModule({ scope }))).toEqual([
      'content/modules.yaml  syslogd  scope  ja  error: the text is missing — write the ja text for "scope"',
    ]);
  });

  test('quotes an empty string', () => {
    expect(messages(validModule({ troubleshooting: { ...all('x'), ko: '  ' } }))).toEqual([
      'content/modules.yaml  syslogd  troubleshooting  ko  error: the text is empty (got "  ") — write the ko text for "troubleshooting"',
    ]);
  });

  test('says when YAML read a string as something else', () => {
    expect(messages(validModule({ scope: { ...all('x'), sv: 123 } }))).toEqual([
      'content/modules.yaml  syslogd  scope  sv  error: not text (got 123 (number)) — write the sv text for "scope" (quote it if YAML reads it as a number or a list)',
    ]);
  });

  test('suggests the right key for a misspelled locale', () => {
    expect(messages(validModule({ scope: { ...all('x'), 'zh-tw': 'x' } }))).toContain(
      'content/modules.yaml  syslogd  scope  zh-tw  error: "zh-tw" is not a published locale — rename the key to "zh-TW"',
    );
  });

  test('requires at least two symptoms per locale', () => {
    expect(messages(validModule({ symptoms: { ...all(['a', 'b']), sv: ['bara en'] } }))[0]).toMatch(
      /^content\/modules\.yaml {2}syslogd {2}symptoms {2}sv {2}error: expected a list of at least 2 phrases, got \["bara en"\] \(a list\) — add 2 or more "sv" phrases/,
    );
  });

  test('rejects raw HTML with the fix', () => {
    expect(messages(validModule({ scope: { ...all('x'), nl: 'een <strong>xtk:session</strong> fout' } }))[0]).toMatch(
      /syslogd {2}scope {2}nl {2}error: raw HTML "<strong>" is not allowed; write code as `token`/,
    );
  });

  test('rejects mojibake and zero-width characters with the rules the lint runs', () => {
    expect(messages(validModule({ scope: { ...all('x'), nl: 'be√Ønvloed' } }))).toEqual([
      'content/modules.yaml  syslogd  scope  nl  error: mojibake "√Ø" (UTF-8 read as Mac Roman); it most likely read "ï" — retype it as "ï"',
    ]);
    expect(messages(validModule({ scope: { ...all('x'), ja: 'ログ\u200Bの書き込み' } }))).toEqual([
      'content/modules.yaml  syslogd  scope  ja  error: invisible character U+200B — delete it',
    ]);
  });

  test('rejects the mojibake of any script, not only of Latin letters', () => {
    expect(messages(validModule({ scope: { ...all('x'), 'zh-TW': '模組ä¸­' } }))).toEqual([
      expect.stringContaining('syslogd  scope  zh-TW  error: mojibake "ä¸­" (UTF-8 read as Windows-1252 or Latin-1)'),
    ]);
  });

  test('rejects a phrase listed twice under one module, at its second place', () => {
    const result = schema.safeParse(validModule({ symptoms: { ...all(['a', 'b']), ja: ['ログ', 'b', 'ログ'] } }));
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['symptoms', 'ja', 2],
        'content/modules.yaml  syslogd  symptoms  ja  error: the phrase "ログ" is listed twice — remove the duplicate',
      ],
    ]);
  });

  test('rejects markup in symptoms, which are plain phrases', () => {
    expect(messages(validModule({ symptoms: { ...all(['a', 'b']), ko: ['`메일`', 'b'] } }))[0]).toMatch(
      /syslogd {2}symptoms {2}ko {2}error: the text "`메일`" contains markup — write plain words only/,
    );
  });

  test('rejects a module id that is not an nlserver name', () => {
    expect(messages(validModule({ id: 'sys logd' }))[0]).toMatch(
      /^content\/modules\.yaml {2}sys logd {2}id {2}- {2}error: "sys logd" is not a module name/,
    );
  });
});
