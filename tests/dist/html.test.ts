// HTML validity of every built page (html-validate with the project configuration), and a self-test of the
// configuration.
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtHtml, builtPages } from '../support/built-site.ts';

// The project's .htmlvalidate.json, the same one `npx html-validate` would pick up.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

const line = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

/** Returns the errors html-validate reports for a document. */
async function errorsIn(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map(line));
}

describe('valid HTML (html-validate)', () => {
  test('the configuration rejects misnested markup, a missing alt and a third-party script without SRI', async () => {
    const errors = await errorsIn(
      '<!doctype html><html lang="en"><head><title>x</title><script src="/_astro/a.js" type="module"></script>' +
        '<script src="https://cdn.example/x.js"></script></head><body><p><div></div></p><img src="a.png"></body></html>',
    );
    expect(errors.join('\n')).toMatch(/wcag\/h37/);
    expect(errors.join('\n')).toMatch(/element-permitted-content|no-implicit-close|close-order/);
    expect(errors.filter((e) => e.includes('require-sri'))).toHaveLength(1);
  });

  test.each(builtPages())('%s validates with no errors', async (path) => {
    expect(await errorsIn(builtHtml(path))).toEqual([]);
  });
});
