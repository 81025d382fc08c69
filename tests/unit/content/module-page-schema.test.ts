// The module page's metadata: every locale, the listed revisions and the translation workflow.
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

  test('names a missing locale and an empty intro', () => {
    const { ko: _ko, ...some } = all(meta);
    const result = modulePageSchema('m.yaml').safeParse(page({ ...some, ja: { ...meta, intro: '' } }));
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'm.yaml  modules-and-frequent-issues  locales  ko  error: the locale is missing — add "ko:" with title, description, intro, sourceCommit and workflow',
      'm.yaml  modules-and-frequent-issues  intro  ja  error: the text is empty (got "") — write the ja text for "intro"',
    ]);
  });

  test('rejects an unknown revision and workflow, naming the locale', () => {
    const result = modulePageSchema('m.yaml').safeParse(
      page({ ...all(meta), sv: { ...meta, sourceCommit: 'abc', workflow: 'google' } }),
    );
    expect(result.success).toBe(false);
    const text = result.error?.issues.map((i) => i.message).join('\n');
    expect(text).toBe(
      [
        'm.yaml  modules-and-frequent-issues  sourceCommit  sv  error: "abc" is not one of the listed revisions — copy source-git-commit from the upstream front matter and list it under "revisions" (newest first)',
        'm.yaml  modules-and-frequent-issues  workflow  sv  error: "google" is not a translation workflow — use one of tm+mt, mt, ht (upstream workflow-type)',
      ].join('\n'),
    );
  });
});
