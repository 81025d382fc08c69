import { describe, expect, test } from 'vitest';
import { headerPolicy, headersFile } from '../../../scripts/headers.ts';
import { contentSecurityPolicy, referrerPolicy } from '../../../src/lib/csp.ts';

/** Parses `_headers` into path → header name → value. */
function rules(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) out.set(line, (current = new Map<string, string>()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current!.set(name!, value.join(': '));
    }
  }
  return out;
}

describe('headersFile()', () => {
  const parsed = rules(headersFile());

  test('sends the pages’ CSP plus frame-ancestors, the referrer policy and nosniff on every path', () => {
    const all = parsed.get('/*')!;
    expect(all.get('Content-Security-Policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(all.get('Content-Security-Policy')).toBe(headerPolicy);
    expect(all.get('Referrer-Policy')).toBe(referrerPolicy);
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.has('Cache-Control')).toBe(false);
  });

  test('caches hashed Astro and Pagefind files for a year, and nothing else', () => {
    for (const path of [
      '/_astro/*',
      '/pagefind/ja/fragment/*',
      '/pagefind/ja/index/*',
      '/pagefind/nl/modules/index/*',
    ]) {
      expect(parsed.get(path)?.get('Cache-Control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect([...parsed.keys()].filter((p) => p.startsWith('/pagefind/') && !p.endsWith('/*'))).toEqual([]);
    expect(parsed.has('/pagefind/*')).toBe(false);
  });
});
