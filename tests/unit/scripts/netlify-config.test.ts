import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { netlifyFile, netlifyToml, spellings } from '../../../scripts/netlify-config.ts';
import { locales } from '../../../src/locales.ts';
import { typedPrefixCases } from '../../support/typed-prefixes.ts';

type Rule = { from: string; to: string; status: string };

/** The `[[redirects]]` tables of netlify.toml, in order. */
const rules: Rule[] = [...readFileSync(netlifyFile, 'utf8').matchAll(/\[\[redirects\]\]\n((?:\s+\S+ = .+\n?)+)/g)].map(
  (m) => Object.fromEntries([...m[1]!.matchAll(/(\w+) = "?([^"\n]+)"?/g)].map((kv) => [kv[1]!, kv[2]!])) as Rule,
);

/** Where Netlify sends a path: the first rule whose `from` (`/x/*`) matches it, letter case as written. */
function follow(path: string): Rule & { location: string } {
  const found = rules.find((r) => path.startsWith(r.from.slice(0, -1)))!;
  return { ...found, location: found.to.replace(':splat', path.slice(found.from.length - 1)) };
}

describe('netlify.toml', () => {
  test('is the file scripts/netlify-config.ts generates from src/locales.ts', () => {
    expect(readFileSync(netlifyFile, 'utf8'), 'run npm exec -- node scripts/netlify-config.ts --write').toBe(
      netlifyToml(),
    );
  });

  test("answers each locale's missing pages with its own 404 page, status 404, before any other rule", () => {
    expect(rules.slice(0, locales.length)).toEqual(
      locales.map((l) => ({ from: `/${l.path}/*`, to: `/${l.path}/404.html`, status: '404' })),
    );
  });

  test('redirects (301) a locale prefix as people type it to the locale, the rest of the path kept', () => {
    // Netlify keeps the query of a redirect by itself; a prefix typed without its slash reaches the 404 page's script.
    for (const [typed, canonical] of typedPrefixCases.filter(([t]) => /^\/[^/]+\//.test(t))) {
      const [path, query = ''] = typed.split('?');
      expect(follow(path!), typed).toMatchObject({ status: '301', location: canonical.replace(`?${query}`, '') });
    }
  });

  test("never sends a locale's own path to itself, even where a host matches rules in any letter case", () => {
    for (const l of locales) {
      const own = (r: Rule) => r.from.toLowerCase() === `/${l.path}/*`;
      expect(rules.findIndex(own), l.code).toBe(locales.indexOf(l));
      expect(rules.filter((r) => own(r) && r.from === `/${l.path}/*`).map((r) => r.status)).toEqual(['404']);
    }
  });
});

describe('spellings()', () => {
  test('lists the letter cases a prefix is typed in, declared spellings and `_` for `-` included', () => {
    expect(spellings('zh-tw', ['zh-TW'])).toEqual(['zh-tw', 'ZH-TW', 'Zh-tw', 'zh-TW', 'ZH-tw', 'zh_tw', 'zh_TW']);
    expect(spellings('sv', ['sv'])).toEqual(['sv', 'SV', 'Sv']);
  });
});
