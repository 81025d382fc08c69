import { describe, expect, test } from 'vitest';
import { modulePage } from '../../../../src/content/rules/module-page.ts';
import { all } from '../fixtures.ts';

const commit = '20509f44c5b8e0827a09f44dffdf2ec9d11652a1';
const meta = { title: 't', description: 'd', intro: 'i', sourceCommit: commit, workflow: 'tm+mt' };
const page = (more: Record<string, unknown> = {}) => ({
  id: 'modules-and-frequent-issues',
  exlId: 'dbd50178-0a16-46ed-bfad-47beb3c2a420',
  source: 'help/production/using/modules-and-frequent-issues.md',
  revisions: [commit],
  locales: all(meta),
  ...more,
});

describe('the module-page rule', () => {
  test('accepts metadata for every locale', () => {
    expect(modulePage.check(page())).toEqual([]);
  });

  test('reports a missing locale, an unknown revision or workflow, and a page field that is wrong', () => {
    const { ko: _ko, ...some } = all(meta);
    const found = modulePage.check(
      page({ exlId: 'x', locales: { ...some, sv: { ...meta, sourceCommit: 'abc', workflow: 'mt2' } } }),
    );
    expect(found.map((p) => [p.field ?? p.path?.[0], p.locale ?? '-', p.message])).toEqual([
      ['exlId', '-', '"x" is not valid'],
      ['sourceCommit', 'sv', '"abc" is not one of the listed revisions'],
      ['workflow', 'sv', '"mt2" is not a translation workflow'],
      ['locales', 'ko', 'the locale is missing'],
    ]);
  });
});
