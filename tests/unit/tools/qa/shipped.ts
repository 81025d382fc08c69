/** The shipped content as the tools read it: the linted files, the termbases and the terms of the text rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readTerms, type Terms } from '../../../../tools/qa/terms.ts';

/** The shipped files the linter reads, by path. */
export function shipped(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(path, 'utf8'));
  add('content/modules.yaml');
  add('content/modules-page.yaml');
  add('content/upstream-snapshot.yaml');
  add('content/adobe-commands.yaml');
  for (const name of readdirSync('content/signs')) add(`content/signs/${name}`);
  for (const dir of readdirSync('content/pages'))
    for (const name of readdirSync(`content/pages/${dir}`)) add(`content/pages/${dir}/${name}`);
  for (const name of readdirSync('src/i18n')) if (name.endsWith('.json')) add(`src/i18n/${name}`);
  for (const name of readdirSync('content/terms')) add(`content/terms/${name}`);
  return files;
}

/** The shipped termbases alone, by path: what a lint of a partial content tree still needs. */
export function termbases(): [string, string][] {
  return [...shipped()].filter(([path]) => path.startsWith('content/terms/'));
}

/** The termbases and module labels of the shipped content, as the text rules of the tools read them. */
export const shippedTerms: Terms = readTerms(
  (path) => (path.startsWith('content/terms/') ? readFileSync(path, 'utf8') : undefined),
  parse(readFileSync('content/modules.yaml', 'utf8')) as Record<string, unknown>[],
).terms;
