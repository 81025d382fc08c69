// The security policy of every built page (CSP and referrer <meta>, no inline code, no other origin) and the
// _headers file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFile } from '../../scripts/headers.ts';
import { policyProblems } from '../../scripts/page-policy.ts';
import { builtHtml, builtPages, distDir } from '../support/built-site.ts';

describe('security policy of the built site', () => {
  test('the policy check reports an inline handler seeded into a built page', () => {
    const seeded = builtHtml('/').replace('<body', '<body onload="x()"');
    expect(policyProblems(seeded)).toContain(
      'has an inline event handler onload on <body>: add the listener in a script instead',
    );
  });

  test.each(builtPages())(
    '%s carries the CSP and referrer policy and has no inline script, style or handler',
    (path) => {
      expect(policyProblems(builtHtml(path))).toEqual([]);
    },
  );

  test('the build writes _headers with the same policy, for hosts that read one', () => {
    const file = join(distDir, '_headers');
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(headersFile());
  });
});
