/**
 * `npm run lint:content [-- --root <dir>]`: lints content/modules.yaml, content/modules-page.yaml,
 * content/upstream-snapshot.yaml, content/pages/<locale>/*.mdx and src/i18n/*.json in every locale
 * (see content-lint.ts).
 * Prints one line per finding, `file:line  entry  field  locale  severity: problem — fix`, and
 * exits 1 when there is any error; warnings (upstream wording changes, facts no upstream states) do not fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintContent } from './content-lint.ts';
import { formatLintFinding, lintedFiles } from './findings.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? join(import.meta.dirname, '..', '..') : (args[rootAt + 1] ?? '.'));

/** Returns the files the linter reads, by path relative to the root. */
function collect(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(join(root, path), 'utf8'));
  for (const path of [lintedFiles.modules, lintedFiles.modulePage, lintedFiles.snapshot])
    if (existsSync(join(root, path))) add(path);
  const pages = join(root, 'content', 'pages');
  if (existsSync(pages)) {
    for (const dir of readdirSync(pages).sort()) {
      for (const name of readdirSync(join(pages, dir)).sort())
        if (name.endsWith('.mdx')) add(`content/pages/${dir}/${name}`);
    }
  }
  const i18n = join(root, 'src', 'i18n');
  if (existsSync(i18n))
    for (const name of readdirSync(i18n).sort()) if (name.endsWith('.json')) add(`src/i18n/${name}`);
  return files;
}

const files = collect();
if (!files.has(lintedFiles.modules)) {
  console.error(
    `${join(root, lintedFiles.modules)}: not found. Fix: run from the project folder or pass --root <project folder>.`,
  );
  process.exit(1);
}
const findings = lintContent(files);
for (const f of findings) console.log(formatLintFinding(f));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
console.log(`lint:content: ${files.size} files, ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
