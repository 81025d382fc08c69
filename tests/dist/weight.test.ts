// The HTML weight budget of every built page, gzip, without a browser.
import { describe, expect, test } from 'vitest';
import { budgets, kb, wireBytes } from '../../bench/page-weight.ts';
import { builtHtml, builtPages } from '../support/built-site.ts';

// CSS and JavaScript are measured in the browser once per template (tests/e2e/budgets.spec.ts).
describe('HTML weight (gzip)', () => {
  test.each(builtPages())(`%s stays within ${kb(budgets.html)} of HTML`, (path) => {
    expect(wireBytes(Buffer.from(builtHtml(path)))).toBeLessThanOrEqual(budgets.html);
  });
});
