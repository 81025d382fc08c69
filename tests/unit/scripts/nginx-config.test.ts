// The nginx configuration the build writes beside the site.
import { describe, expect, test } from 'vitest';
import { hashedPaths, immutable, revalidate, securityHeaders } from '../../../scripts/headers.ts';
import { hostFiles, nginxConf } from '../../../scripts/nginx-config.ts';
import { locales } from '../../../src/locales.ts';

/** The `location` blocks of an nginx configuration, by their path. */
function locations(conf: string): Map<string, string> {
  return new Map([...conf.matchAll(/^location (=?\s?\S+) \{\n([\s\S]*?)\n\}/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('nginxConf()', () => {
  const blocks = locations(nginxConf());

  test('sends every security header and a caching rule from every location that serves files', () => {
    const serving = [...blocks].filter(([path]) => !path.startsWith('='));
    expect(serving.length).toBe(1 + locales.length + hashedPaths.length);
    for (const [path, body] of serving)
      for (const [name, value] of Object.entries(securityHeaders))
        expect(body, `${name} in location ${path}`).toContain(`add_header ${name} "${value}" always;`);
  });

  test('caches hashed files for a year and makes everything else revalidate', () => {
    for (const path of hashedPaths)
      expect(blocks.get(path.replace(/\*$/, '')), path).toContain(`Cache-Control "${immutable}"`);
    expect(blocks.get('/')).toContain(`Cache-Control "${revalidate}"`);
  });

  test("answers a missing page of each locale with that locale's 404 page", () => {
    for (const l of locales) expect(blocks.get(`/${l.path}/`), l.code).toContain(`error_page 404 /${l.path}/404.html;`);
  });

  test('redirects the locale prefixes people type with one case-insensitive location per locale', () => {
    const typed = [...nginxConf().matchAll(/^location ~ "(.+)" \{\n.*\n {4}return 301 (\S+);/gm)];
    expect(typed.map((m) => m[2])).toEqual(locales.map((l) => `/${l.path}/$1`));
    // PCRE's `(?i:…)` is also JavaScript's (ES2025 modifiers): the pattern reads the same here.
    for (const [i, l] of locales.entries()) {
      const pattern = new RegExp(typed[i]![1]!);
      expect(pattern.test(`/${l.path.toUpperCase()}/x`), l.code).toBe(true);
      expect(pattern.test(`/${l.path}/x`), `${l.code}: its own path is served`).toBe(false);
    }
  });

  test('refuses to serve the files that configure hosts', () => {
    for (const f of hostFiles) expect(blocks.get(`= /${f}`), f).toContain('return 404;');
  });
});
