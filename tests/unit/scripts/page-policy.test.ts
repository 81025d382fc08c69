import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPagePolicy, policyProblems } from '../../../scripts/page-policy.ts';
import { contentSecurityPolicy, referrerPolicy } from '../../../src/lib/csp.ts';

/** A page as Base.astro writes it, with `body` inside. */
const page = (body: string, head = '') =>
  `<!doctype html><html lang="ja"><head><meta http-equiv="content-security-policy" content="${contentSecurityPolicy}"><meta name="referrer" content="${referrerPolicy}">` +
  `<link rel="canonical" href="https://docs.example/ja/"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>${head}</head><body>${body}</body></html>`;

describe('policyProblems()', () => {
  test('returns nothing for a page with the policy and only same-origin files', () => {
    expect(policyProblems(page('<p>ok</p><script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
  });

  test('reports a missing or outdated policy and referrer', () => {
    expect(policyProblems('<html><head></head><body></body></html>')).toEqual([
      'has 0 Content-Security-Policy <meta> tags instead of one (Base.astro writes it from src/lib/csp.ts)',
      'has the referrer policy null instead of "strict-origin-when-cross-origin"',
    ]);
    const old = page('').replace(contentSecurityPolicy, "default-src 'self'");
    expect(policyProblems(old)).toEqual([`has the CSP "default-src 'self'" instead of the one in src/lib/csp.ts`]);
  });

  test('reports inline scripts, styles, style attributes, handlers and javascript: URLs', () => {
    const problems = policyProblems(
      page(
        '<script>alert(1)</script><style>p{}</style><p style="color:red" onclick="x()">a</p><a href="javascript:void 0">b</a><svg><rect style="fill:red"/></svg>',
      ),
    );
    expect(problems).toEqual([
      'has an inline <script> ("alert(1)"): move it to a bundled <script> in the component, which Astro emits as a file',
      `has an inline <style> ("p{}"): keep build.inlineStylesheets 'never'`,
      'has a style attribute on <p> ("color:red"): use a class in a scoped <style>',
      'has an inline event handler onclick on <p>: add the listener in a script instead',
      'has a javascript: URL in href on <a>',
      'has a style attribute on <rect> ("fill:red"): use a class in a scoped <style>',
    ]);
  });

  test('reports files loaded from another origin, but not links to other sites', () => {
    const problems = policyProblems(
      page(
        '<a href="https://experienceleague.adobe.com/">Adobe</a><img src="//cdn.example/x.png" alt="">',
        '<script src="https://cdn.example/x.js"></script>',
      ),
    );
    expect(problems).toEqual([
      'loads <script src="https://cdn.example/x.js"> from another origin: serve it from the site',
      'loads <img src="//cdn.example/x.png"> from another origin: serve it from the site',
    ]);
  });
});

describe('checkPagePolicy()', () => {
  test('throws one message naming each file and breach, and passes a clean site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    try {
      mkdirSync(join(dir, 'ja'));
      writeFileSync(join(dir, 'index.html'), page(''));
      writeFileSync(join(dir, 'ja', 'index.html'), page('<b onmouseover="x()">x</b>'));
      expect(() => checkPagePolicy(dir)).toThrow(
        '1 page(s) break the Content-Security-Policy:\n- ja/index.html has an inline event handler onmouseover on <b>',
      );
      writeFileSync(join(dir, 'ja', 'index.html'), page(''));
      expect(() => checkPagePolicy(dir)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
