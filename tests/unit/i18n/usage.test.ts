// Which UI string keys the code uses: each key of src/i18n/*.json is quoted in src/ or built from a list.
import { signKinds } from '../../../src/content/sign-schema.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commandKinds, relationKinds } from '../../../src/content/facts-schema.ts';
import { commandSystems } from '../../../src/content/systems.ts';
import { resources } from '../../../src/i18n/index.ts';

/**
 * Keys the code builds at run time, `t(`facts.${c.kind}`)`: the prefix and the list the code maps
 * over. A new family of built keys must be declared here, or the test below names its call.
 */
const builtKeys: Record<string, readonly string[]> = {
  'facts.': commandKinds,
  'map.': relationKinds,
  'signs.kind.': signKinds,
  // `any` is never shown: a command for any system carries no label.
  'system.': commandSystems.filter((s) => s !== 'any'),
};

/** A translate call whose key is a template starting with a literal prefix: t(`map.${…}`), uiTemplate(l, `…${`. */
const builtCall = /\b(?:t|uiTemplate)\(\s*(?:[\w.[\]']+,\s*)?`([\w.]*)\$\{/g;

/** Returns the keys (plural suffix dropped) that no source quotes and no declared list builds. */
function unusedKeys(keys: string[], sources: string[], built: Record<string, readonly string[]>): string[] {
  const text = sources.join('\n');
  const builtSet = new Set(Object.entries(built).flatMap(([prefix, items]) => items.map((i) => prefix + i)));
  const bases = [...new Set(keys.map((k) => k.replace(/_(one|other)$/, '')))];
  const quoted = (key: string) => ["'", '"', '`'].some((q) => text.includes(`${q}${key}${q}`));
  return bases.filter((base) => {
    const raw = keys.filter((k) => k === base || k.startsWith(`${base}_`));
    return !builtSet.has(base) && !quoted(base) && !raw.some(quoted);
  });
}

/** Returns the prefixes of built keys in the sources that `built` does not declare. */
function undeclaredPrefixes(sources: string[], built: Record<string, readonly string[]>): string[] {
  const prefixes = sources.flatMap((s) => [...s.matchAll(builtCall)].map((m) => m[1]!));
  return [...new Set(prefixes)].filter((p) => !(p in built));
}

/** Every .ts, .astro and .mdx file under src/, the UI string files left out. */
function sourceFiles(): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mdx)$/.test(f))
    .map((f) => readFileSync(join('src', f), 'utf8'));
}

describe('UI string keys', () => {
  const sources = sourceFiles();
  const keys = Object.keys(resources['zh-TW']);

  test('every key is used in src/, quoted or built from a declared list', () => {
    expect(unusedKeys(keys, sources, builtKeys), 'keys to delete from every src/i18n/*.json').toEqual([]);
  });

  test('every key built at run time has its list declared in this test', () => {
    expect(undeclaredPrefixes(sources, builtKeys), 'prefixes to add to builtKeys').toEqual([]);
  });

  test('names a key that no source uses, and not one that a list builds', () => {
    const sourcesUsing = [`t('search.results', { count })`, 't(`map.${r.kind}`)'];
    const keysSeeded = ['search.results_one', 'search.results_other', 'map.logsTo', 'nav.unused'];
    expect(unusedKeys(keysSeeded, sourcesUsing, { 'map.': ['logsTo'] })).toEqual(['nav.unused']);
    expect(undeclaredPrefixes(sourcesUsing, {})).toEqual(['map.']);
  });
});
