import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { gatedPages } from './fixtures/gates.ts';
import { builtHtml } from './fixtures/site.ts';

// The project's .htmlvalidate.json (html-validate:recommended and :document), as the CLI would use it.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const configFile = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');

const describe = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

test.describe('valid HTML (html-validate)', () => {
  test('the configuration catches invalid markup', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>', configFile);
    expect(report.valid).toBe(false);
    expect(report.results[0]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['wcag/h37']));
  });

  for (const path of gatedPages()) {
    test(`${path} validates with no errors`, async () => {
      const report = await validator.validateString(builtHtml(path), configFile);
      const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map(describe));
      expect(errors).toEqual([]);
    });
  }
});
