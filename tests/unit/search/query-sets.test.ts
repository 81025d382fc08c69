// The ticket-sign sets `npm run bench:search` scores (bench/queries/): each holds what issue 19 asks of an evaluation
// set, checked by counts only (the held-out sets' queries are never printed, not even by a failing test).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../../src/locales.ts';

type Query = { q: string; site: string; expect: string; kind: string; from: string };
const modules = new Set((parse(readFileSync('content/modules.yaml', 'utf8')) as { id: string }[]).map((m) => m.id));
const sets = ['signs-tuning', 'signs-dev', 'signs-english', 'signs-heldout', 'signs-heldout-2', 'signs-heldout-3'];

describe.each(sets)('bench/queries/%s.json', (name) => {
  const queries = JSON.parse(readFileSync(`bench/queries/${name}.json`, 'utf8')) as Query[];

  test('has 16 queries or more per locale, a quarter of them English only and a quarter mixed', () => {
    for (const l of locales) {
      const own = queries.filter((q) => q.site === l.code);
      const count = (kind: string) => own.filter((q) => q.kind === kind).length;
      expect(own.length, l.code).toBeGreaterThanOrEqual(16);
      expect(count('english') * 4, `${l.code}: English-only queries × 4`).toBeGreaterThanOrEqual(own.length - 3);
      expect(count('mixed') * 4, `${l.code}: mixed queries × 4`).toBeGreaterThanOrEqual(own.length - 3);
    }
  });

  test('expects a module of the collection, names a source and a kind for every query', () => {
    const bad = queries.filter(
      (q) => !modules.has(q.expect) || !q.from || !['english', 'mixed', 'native'].includes(q.kind) || !q.q.trim(),
    );
    expect(bad.length, 'queries without a known module, a source, a kind or a text').toBe(0);
  });
});
