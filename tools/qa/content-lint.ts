/**
 * Lints the content in every locale: the module collection, the module page metadata, the MDX pages, the UI
 * strings and the upstream snapshot. The content is read once (`content-model.ts`); then every rule of the
 * list runs on every target it inspects — text, values, module entries, the module page, the pages, the UI
 * strings, the whole content — and each problem is placed on its file and line. The build's schema refuses
 * what cannot render; these rules also catch what renders but is wrong for a reader. Works on file contents,
 * so tests can seed defects.
 */
import type { Finding } from '../../src/content/finding.ts';
import {
  findDefects,
  modulePageProblems,
  moduleProblems,
  modulesProblems,
  pagesProblems,
  toFinding,
  uiProblems,
  valueProblems,
  type RuleList,
} from '../../src/content/rules/run.ts';
import { readContent, type LintContent } from './content-model.ts';
import { mdxBody } from './mdx.ts';
import { lintRules } from './rules/index.ts';
import type { LintContentRule } from './rules/rule.ts';
import { lineAtPath, lineOfText } from './yaml-file.ts';
import { signEntryName, signProblems } from '../../src/content/sign-schema.ts';

/** The runner of one kind of target: what it reads from the content, the rules it runs, its findings. */
type Runner = (c: LintContent, rules: RuleList) => Finding[];

/** The module collection: rules on every entry together, then on each entry and its localized values. */
const modules: Runner = (c, rules) => {
  const m = c.modules;
  if (!m) return [];
  const all = modulesProblems(m.items, rules).map((p) =>
    toFinding(p, { file: m.file, entry: '-', line: lineAtPath(m.counter, m.doc.contents, p.path ?? []) }),
  );
  const each = m.entries.flatMap(({ node, value, id }) =>
    moduleProblems(value, c.refs, rules, { terms: c.terms }).map((p) =>
      toFinding(p, { file: m.file, entry: id, line: lineAtPath(m.counter, node, p.path ?? []) }),
    ),
  );
  return [...all, ...each];
};

/** The module page's metadata and its localized values. */
const modulePage: Runner = (c, rules) => {
  const p = c.modulePage;
  if (!p) return [];
  return modulePageProblems(p.value, rules, { terms: c.terms }).map((x) =>
    toFinding(x, { file: p.file, entry: p.id, line: lineAtPath(p.counter, p.node, x.path ?? []) }),
  );
};

/** The MDX pages together, then each page's front matter and body (pages of a published locale only). */
const pages: Runner = (c, rules) => {
  const byFile = new Map(c.pages.map((p) => [p.file, p]));
  // Front matter lines are counted from the line after the opening `---`.
  const frontLine = (file: string, path: (string | number)[]) => {
    const fm = byFile.get(file)?.frontMatter;
    return fm ? lineAtPath(fm.counter, fm.doc.contents, path) + 1 : 1;
  };
  const together = pagesProblems(c.pages, c.refs, rules).map((p) =>
    toFinding(p, { file: p.file ?? '-', entry: '-', line: p.path ? frontLine(p.file ?? '', p.path) : 1 }),
  );
  const each = c.pages.flatMap((page) => {
    const { file, slug, locale, data } = page;
    if (!locale) return [];
    const front = (['title', 'description'] as const).flatMap((field) =>
      valueProblems(data[field], { locale, entry: slug, field, kind: 'text' }, rules, { terms: c.terms }).map((p) =>
        toFinding({ ...p, field, locale }, { file, entry: slug, line: frontLine(file, [field]) }),
      ),
    );
    const body = mdxBody(page).pieces.flatMap(({ text, line, code }) =>
      findDefects(text, { locale, code, field: 'body', terms: c.terms }, rules).map((d) =>
        toFinding({ ...d, field: 'body', locale }, { file, entry: slug, line }),
      ),
    );
    return [...front, ...body];
  });
  return [...together, ...each];
};

/** The UI string files together, and each string. */
const ui: Runner = (c, rules) =>
  uiProblems(c.ui, rules, { terms: c.terms }).map((p) => {
    const text = [...c.ui.values()].find((u) => u.file === p.file)?.text ?? '';
    // A key's line is where it is written; a key a locale lacks is reported on line 1 (lineOfText's default).
    const line = p.field ? lineOfText(text, `"${p.field}"`) : 1;
    return toFinding(p, { file: p.file ?? '-', entry: 'ui', line });
  });

/** The signs of each module: every field and locale of each sign, with the tools' rules (terms, tokens). */
const signs: Runner = (c, rules) =>
  c.signs.flatMap((f) =>
    f.entries.flatMap(({ node, value, id }) =>
      signProblems(value, f.module, rules, { terms: c.terms }).map((p) =>
        toFinding(p, {
          file: f.file,
          entry: signEntryName(f.module, id),
          line: lineAtPath(f.counter, node, p.path ?? []),
        }),
      ),
    ),
  );

/** The rules on the whole content. */
const whole: Runner = (c, rules) =>
  rules
    .filter((r): r is LintContentRule => r.target === 'content')
    .flatMap((rule) => rule.check(c).map((f) => ({ ...f, rule: rule.name })));

/** Every runner: together they run every target a rule of the list may have. */
export const runners: Readonly<Record<string, Runner>> = { modules, modulePage, pages, ui, signs, whole };

/**
 * Lints the content files given by path (relative to the project root) with every rule of `rules`. Returns
 * every finding, errors and warnings, in file and line order.
 */
export function lintContent(files: ReadonlyMap<string, string>, rules: RuleList = lintRules): Finding[] {
  const { content, findings } = readContent(files, rules);
  for (const run of Object.values(runners)) findings.push(...run(content, rules));
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
