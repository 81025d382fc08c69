import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { gatedPages } from './fixtures/gates.ts';
import { builtHtml } from './fixtures/site.ts';

// The project's .htmlvalidate.json, the same one `npx html-validate` would pick up.
const config = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(config);

const describe = (m: Message) =>
  `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

/** Returns the errors html-validate reports for a document. */
async function errorsIn(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map(describe));
}

test.describe('valid HTML (html-validate)', () => {
  test('the configuration rejects misnested markup, a missing alt and a third-party script without SRI', async () => {
    const errors = await errorsIn(
      '<!doctype html><html lang="en"><head><title>x</title><script src="/_astro/a.js" type="module"></script><script src="https://cdn.example/x.js"></script></head><body><p><div></div></p><img src="a.png"></body></html>',
    );
    expect(errors.join('\n')).toMatch(/wcag\/h37/);
    expect(errors.join('\n')).toMatch(/element-permitted-content|no-implicit-close|close-order/);
    expect(errors.filter((e) => e.includes('require-sri'))).toHaveLength(1);
  });

  for (const path of gatedPages()) {
    test(`${path} validates with no errors`, async () => {
      expect(await errorsIn(builtHtml(path))).toEqual([]);
    });
  }
});
