import { describe, expect, test } from 'vitest';
import { moduleSchema } from '../../../src/content/module-schema.ts';
import { modulePageSchema } from '../../../src/content/module-page-schema.ts';
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
      'content/modules.yaml › module "syslogd" › field "scope" › locale "ja": the text is missing. Fix: write the ja text for "scope" of module "syslogd".',
    ]);
  });

  test('quotes an empty string', () => {
    expect(messages(validModule({ troubleshooting: { ...all('x'), ko: '  ' } }))[0]).toMatch(
      /module "syslogd" › field "troubleshooting" › locale "ko": the text is empty or not text \(got " {2}"\)/,
    );
  });

  test('suggests the right key for a misspelled locale', () => {
    expect(messages(validModule({ scope: { ...all('x'), 'zh-tw': 'x' } }))).toContain(
      'content/modules.yaml › module "syslogd" › field "scope" › locale "zh-tw": "zh-tw" is not a published locale. Fix: rename the key to "zh-TW".',
    );
  });

  test('requires at least two symptoms per locale', () => {
    expect(messages(validModule({ symptoms: { ...all(['a', 'b']), sv: ['bara en'] } }))[0]).toMatch(
      /field "symptoms" › locale "sv": expected a list of at least 2 phrases, got \["bara en"\] \(a list\)/,
    );
  });

  test('rejects raw HTML with the fix', () => {
    expect(messages(validModule({ scope: { ...all('x'), nl: 'een <strong>xtk:session</strong> fout' } }))[0]).toMatch(
      /locale "nl": raw HTML "<strong>" is not allowed; write code as `token`/,
    );
  });

  test('rejects mojibake and zero-width characters', () => {
    expect(messages(validModule({ scope: { ...all('x'), nl: 'be√Ønvloed' } }))[0]).toMatch(
      /locale "nl": the text "be√Ønvloed" contains mojibake/,
    );
    expect(messages(validModule({ scope: { ...all('x'), ja: 'ログ\u200Bの書き込み' } }))[0]).toMatch(
      /locale "ja": .*zero-width/,
    );
  });

  test('rejects markup in symptoms, which are plain phrases', () => {
    expect(messages(validModule({ symptoms: { ...all(['a', 'b']), ko: ['`메일`', 'b'] } }))[0]).toMatch(
      /locale "ko": .*contains markup/,
    );
  });

  test('rejects a module id that is not an nlserver name', () => {
    expect(messages(validModule({ id: 'sys logd' }))[0]).toMatch(
      /module "sys logd" › field "id": "sys logd" is not a module name/,
    );
  });
});

describe('modulePageSchema()', () => {
  const page = (locales: unknown) => ({
    id: 'modules-and-frequent-issues',
    exlId: 'dbd50178-0a16-46ed-bfad-47beb3c2a420',
    source: 'help/production/using/modules-and-frequent-issues.md',
    revisions: ['20509f44c5b8e0827a09f44dffdf2ec9d11652a1'],
    locales,
  });
  const meta = {
    title: 't',
    description: 'd',
    intro: 'i',
    sourceCommit: '20509f44c5b8e0827a09f44dffdf2ec9d11652a1',
    workflow: 'tm+mt',
  };

  test('accepts metadata for every locale', () => {
    expect(modulePageSchema('m.yaml').safeParse(page(all(meta))).success).toBe(true);
  });

  test('rejects an unknown revision and workflow, naming the locale', () => {
    const result = modulePageSchema('m.yaml').safeParse(
      page({ ...all(meta), sv: { ...meta, sourceCommit: 'abc', workflow: 'google' } }),
    );
    expect(result.success).toBe(false);
    const text = result.error?.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(
      /m\.yaml › page "modules-and-frequent-issues" › field "sourceCommit" › locale "sv": "abc" is not one of the listed revisions/,
    );
    expect(text).toMatch(/field "workflow" › locale "sv": "google" is not a translation workflow/);
  });
});
