import { describe, expect, test } from 'vitest';
import { modulePageSchema } from '../../../src/content/module-page-schema.ts';
import { all } from './fixtures.ts';

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
    expect(text).toMatch(/m\.yaml {2}modules-and-frequent-issues {2}sourceCommit {2}sv {2}error: "abc" is not one of/);
    expect(text).toMatch(/workflow {2}sv {2}error: "google" is not a translation workflow/);
  });
});
