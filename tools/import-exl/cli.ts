/**
 * `npm run import:exl -- [--write] [--root <dir>] <file.md>…`
 *
 * Reads Experience League localized markdown of the module page (one file per locale, the locale
 * taken from the file name: modules-and-frequent-issues.ja.md), prints per locale how each row
 * maps to a module, where the facts differ from content/modules.yaml, and every defect of the
 * source, and which rows changed wording since content/upstream-snapshot.yaml. With --write it
 * updates content/modules.yaml, content/modules-page.yaml and the snapshot (see import.ts for what
 * changes), atomically; bad input writes nothing and exits 1.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatFinding } from '../../src/content/finding.ts';
import { modulePageFile, pagesDir, shippedModulesFile, shippedSnapshotFile } from '../../src/content/paths.ts';
import { readReferences } from '../../src/content/read-references.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { readTerms } from '../qa/terms.ts';
import { importExl, type Collection } from './import.ts';
import { formatReport } from './report.ts';
import { ExlInputError, inputError, parseExlMarkdown, type ExlDocument } from './markdown.ts';

const usage =
  'Usage: npm run import:exl -- [--write] [--root <project dir>] <modules-and-frequent-issues.<locale>.md>…';

function fail(messages: string[]): never {
  for (const m of messages) console.error(m);
  console.error('Nothing was written.');
  process.exit(1);
}

const args = process.argv.slice(2);
let write = false;
let root = resolve(import.meta.dirname, '..', '..');
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--write') write = true;
  else if (a === '--root') root = resolve(args[++i] ?? fail([`--root needs a folder. ${usage}`]));
  else if (a === '--help' || a === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (a.startsWith('--')) fail([`Unknown option "${a}". ${usage}`]);
  else files.push(a);
}
if (files.length === 0) fail([`No file given. ${usage}`]);

// `npm run` starts scripts in the package folder; file arguments are relative to where it was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const modulesFile = shippedModulesFile;
const pageFile = modulePageFile;
const snapshotFile = shippedSnapshotFile;

const errors: string[] = [];
const docs: ExlDocument[] = [];
for (const file of files) {
  const path = resolve(cwd, file);
  const label = relative(cwd, path) || file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const why = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    errors.push(inputError(label, why, 'check the path').message);
    continue;
  }
  try {
    docs.push(parseExlMarkdown(text, label));
  } catch (error) {
    if (!(error instanceof ExlInputError)) throw error;
    errors.push(error.message);
  }
}
if (errors.length > 0) fail(errors);

/** Returns a file of the project as text, or undefined when it does not exist. */
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
const modulesYaml = read(modulesFile) ?? '';
let entries: Record<string, unknown>[] = [];
try {
  entries = parseModulesYaml(modulesYaml, modulesFile);
} catch (error) {
  fail([(error as Error).message]);
}
// The text rules read each locale's termbase: a missing or broken one would silently leave its checks out.
const { terms, findings } = readTerms(read, entries);
if (findings.some((f) => f.severity === 'error')) fail(findings.map(formatFinding));
// Links in converted cells may point to the pages of the one set of references the build resolves against.
const pageIds = [...readReferences(join(root, modulesFile), join(root, pagesDir)).pages.keys()];
const collection: Collection = {
  modulesFile,
  modulesYaml,
  pageFile,
  pageYaml: read(pageFile) ?? '',
  snapshotFile,
  snapshotYaml: read(snapshotFile) ?? '',
  pageIds,
  terms,
};
let result: ReturnType<typeof importExl>;
try {
  result = importExl(docs, collection);
} catch (error) {
  if (!(error instanceof ExlInputError)) throw error;
  fail([error.message]);
}
for (const line of formatReport(result, write)) console.log(line);

if (write && result.updates.length > 0) {
  const changes = [
    { file: modulesFile, before: collection.modulesYaml, after: result.modulesYaml },
    { file: pageFile, before: collection.pageYaml, after: result.pageYaml },
    { file: snapshotFile, before: collection.snapshotYaml, after: result.snapshotYaml },
  ].filter((c) => c.before !== c.after);
  // Write every file to a temporary sibling first and rename only when all are written, so a
  // failure leaves the collection as it was; a failed second rename puts the first file back.
  const temps = changes.map((c) => ({
    ...c,
    path: join(root, c.file),
    temp: join(root, `${c.file}.import-${process.pid}.tmp`),
  }));
  try {
    for (const t of temps) writeFileSync(t.temp, t.after);
  } catch (error) {
    for (const t of temps) rmSync(t.temp, { force: true });
    fail([`Could not write ${(error as Error).message}.`]);
  }
  const done: typeof temps = [];
  try {
    for (const t of temps) {
      renameSync(t.temp, t.path);
      done.push(t);
    }
  } catch (error) {
    for (const t of done) writeFileSync(t.path, t.before);
    for (const t of temps) rmSync(t.temp, { force: true });
    fail([`Could not replace a collection file (${(error as Error).message}); the files are restored.`]);
  }
}
