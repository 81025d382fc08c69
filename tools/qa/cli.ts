/**
 * `npm run lint:content [-- --root <dir>]`: runs every rule of `rules/index.ts` on content/modules.yaml,
 * content/modules-page.yaml, content/upstream-snapshot.yaml, content/adobe-commands.yaml,
 * content/pages/<locale>/*.mdx, src/i18n/*.json, the termbases content/terms/<locale>.yaml and the signs
 * content/signs/<module>.yaml (see content-lint.ts).
 * Prints one line per finding, `file:line  entry  field  locale  severity: problem — fix`, and exits 1 when
 * there is any error; warnings (upstream wording changes, facts no upstream states) do not fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileFinding, formatFinding } from '../../src/content/finding.ts';
import { pagesDir, signsDir, termsDir } from '../../src/content/paths.ts';
import { lintedFiles } from './content-model.ts';
import { lintContent } from './content-lint.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? join(import.meta.dirname, '..', '..') : (args[rootAt + 1] ?? '.'));

/** Returns the files the linter reads, by path relative to the root. */
function collect(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(join(root, path), 'utf8'));
  const each = (dir: string, ext: string, fn: (name: string) => void) => {
    if (existsSync(join(root, dir)))
      for (const name of readdirSync(join(root, dir)).sort()) if (name.endsWith(ext)) fn(name);
  };
  for (const path of [lintedFiles.modules, lintedFiles.modulePage, lintedFiles.snapshot, lintedFiles.adobeCommands])
    if (existsSync(join(root, path))) add(path);
  if (existsSync(join(root, pagesDir)))
    for (const dir of readdirSync(join(root, pagesDir)).sort())
      each(`${pagesDir}/${dir}`, '.mdx', (n) => add(`${pagesDir}/${dir}/${n}`));
  each('src/i18n', '.json', (n) => add(`src/i18n/${n}`));
  each(termsDir, '.yaml', (n) => add(`${termsDir}/${n}`));
  each(signsDir, '.yaml', (n) => add(`${signsDir}/${n}`));
  // The search files are checked for presence only (rule search-files).
  for (const kind of ['stop-words', 'vocabulary'])
    each(`src/search/${kind}`, '.ts', (n) => files.set(`src/search/${kind}/${n}`, ''));
  return files;
}

const files = collect();
if (!files.has(lintedFiles.modules)) {
  const fix = 'run from the project folder or pass --root <project folder>';
  console.error(formatFinding(fileFinding(join(root, lintedFiles.modules), 'files', 'not found', fix)));
  process.exit(1);
}
const findings = lintContent(files);
for (const f of findings) console.log(formatFinding(f));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
console.log(`lint:content: ${files.size} files, ${errors} error(s), ${warnings} warning(s)`);
// An exit code, not process.exit(): a long report piped to another process must not be cut off mid-write.
process.exitCode = errors > 0 ? 1 : 0;
