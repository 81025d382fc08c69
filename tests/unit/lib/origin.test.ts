// The site origin: a production build needs SITE_URL, and a SITE_URL must be an http(s) origin.
import { describe, expect, test } from 'vitest';
import { originProblem, siteUrlProblem } from '../../../src/lib/origin.ts';

describe('originProblem()', () => {
  test('stops a production build without SITE_URL, saying how to set it', () => {
    expect(originProblem({}, false)).toMatch(/^SITE_URL is not set: run SITE_URL=https:\/\/\S+ npm run build/);
    expect(originProblem({ SITE_URL: ' ' }, false)).toBeDefined();
  });

  test('lets a build with SITE_URL, or a local build, go ahead', () => {
    expect(originProblem({ SITE_URL: 'https://docs.example.com' }, false)).toBeUndefined();
    expect(originProblem({}, true)).toBeUndefined();
  });
});

describe('siteUrlProblem()', () => {
  test('accepts an http or https origin', () => {
    expect(siteUrlProblem('https://docs.example.com')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:4321/')).toBeUndefined();
  });

  test('names SITE_URL, quotes the value and gives the fixed value when the scheme is missing', () => {
    expect(siteUrlProblem('docs.example.com')).toBe(
      'SITE_URL is "docs.example.com", which is not a URL: set it with its scheme, e.g. SITE_URL=https://docs.example.com',
    );
    expect(siteUrlProblem('localhost:4321')).toContain('e.g. SITE_URL=https://localhost:4321');
    expect(siteUrlProblem('ftp://docs.example.com')).toContain('no http:// or https:// scheme');
  });
});
