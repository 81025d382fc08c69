/**
 * Reads Experience League localized markdown: YAML front matter, an H1 with an explicit
 * `{#anchor}`, an intro paragraph and an HTML `<table>`. The table is read with a real HTML
 * parser; its cells are then converted to the collection's inline syntax, undoing the markup
 * damage machine translation did (link text outside its `<a>`, `<br />` inside sentences).
 */
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { localeByCode, locales, type Locale, type LocaleCode, type Script } from '../../src/locales.ts';
import { fileFinding, FindingError, quote } from '../../src/content/finding.ts';
import { collapse } from './cells.ts';

/** Thrown for input the importer must refuse; its findings name the file, the problem and the fix. */
export class ExlInputError extends FindingError {}

/** Returns the error refusing a file (an upstream file, or a collection file the import cannot use). */
export function inputError(file: string, message: string, fix: string, more: { line?: number; locale?: string } = {}) {
  return new ExlInputError([fileFinding(file, 'import-input', message, fix, more)]);
}

/** Front matter facts of an upstream translation. */
export type ExlFrontMatter = {
  title: string;
  /** Page id; absent in some translations (ko, sv). */
  exlId: string | undefined;
  /** The English revision the translation was made from. */
  sourceCommit: string;
  /** `workflow-type`, or the older `translation-type` when that is all there is. */
  workflow: string | undefined;
  /** `source-wordcount`, quoted or bare upstream. */
  wordCount: number | undefined;
  /** Notes on the front matter itself (`translation-type` disagreeing with `workflow-type`). */
  notes: string[];
};

/** One table cell: its inner HTML, its text, and where it starts in the file. */
export type ExlCell = { html: string; text: string; offset: number; line: number };
/** One body row of the table. */
export type ExlRow = { line: number; cells: ExlCell[] };

/** A parsed upstream file. */
export type ExlDocument = {
  file: string;
  source: string;
  locale: LocaleCode;
  frontMatter: ExlFrontMatter;
  /** The H1 text and its explicit anchor (`modules-and-frequent-issues`). */
  heading: { text: string; anchor: string | undefined; line: number };
  intro: { text: string; line: number } | undefined;
  headers: string[];
  rows: ExlRow[];
};

/** Returns the 1-based line of an offset in a text. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Returns the line of `found` in a file, searching from offset `from`; `fallback` when it is not there. */
export function lineOfFound(source: string, found: string, from: number, fallback: number): number {
  const at = found === '' ? -1 : source.indexOf(found, from);
  return at === -1 ? fallback : lineAt(source, at);
}

/** Language tags upstream uses for our locales: repository suffixes (`ja-JP`) and URL codes (`zh-hant`). */
const localeAliases: Record<string, LocaleCode> = Object.fromEntries<LocaleCode>(
  locales.flatMap((l): [string, LocaleCode][] =>
    [l.code, l.exl, ...l.exlAliases].map((tag): [string, LocaleCode] => [tag.toLowerCase(), l.code]),
  ),
);

/**
 * Returns the locale of an upstream file from its name (`modules-and-frequent-issues.ja.md`)
 * or its repository folder (`campaign-classic.ja-JP/…`). Throws for a language we do not publish.
 */
function localeFromFileName(file: string): LocaleCode {
  const published = locales.map((l) => l.code).join(', ');
  const name = file.split(/[\\/]/).pop() ?? file;
  const tag =
    /\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.md$/.exec(name)?.[1] ??
    /campaign-classic\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)[\\/]/.exec(file)?.[1];
  if (!tag) {
    throw inputError(
      file,
      'cannot tell the language from the file name',
      `name the file <page>.<locale>.md, with <locale> one of ${published} (as in modules-and-frequent-issues.ja.md)`,
    );
  }
  const locale = localeAliases[tag.toLowerCase().replace('_', '-')];
  if (!locale) {
    throw inputError(
      file,
      `the language "${tag}" is not one we publish (${published})`,
      `import only ${published} translations, or add the locale to src/locales.ts first`,
    );
  }
  return locale;
}

/** Returns true when the text is written in the script of the locale (its own letters, for a Latin script). */
function looksLike(locale: Locale, text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  const han = count(/\p{Script=Han}/gu);
  const countOf = (chars: string) => (chars ? count(new RegExp(`[${chars}]`, 'g')) : 0);
  // Latin-script locales tell each other apart by their own letters (å, ä, ö); one without any has none.
  const own: string = 'letters' in locale ? locale.letters : '';
  const others = locales.map((l): string => ('letters' in l && l.letters !== own ? l.letters : '')).join('');
  const byScript: Record<Script, boolean> = {
    han: han > 20 && kana === 0 && hangul === 0,
    kana: kana > 20,
    hangul: hangul > 20,
    latin: han + kana + hangul === 0 && (own ? countOf(own) > 5 : countOf(others) === 0),
  };
  return byScript[locale.script];
}

/** Checks that the text is written in the script of the locale, so that a misnamed file is not imported. */
function checkScript(file: string, locale: LocaleCode, text: string): void {
  if (looksLike(localeByCode(locale), text)) return;
  const other = locales.find((l) => l.code !== locale && looksLike(l, text));
  const seen = other ? `${other.name} (${other.code})` : 'none of the published languages';
  throw inputError(
    file,
    `the file name says "${locale}" but the table text looks like ${seen}`,
    `check that the file is the ${locale} translation, or rename it`,
    { locale },
  );
}

/** Reads the front matter of an upstream file; throws when it is not Experience League markdown. */
function readFrontMatter(file: string, source: string): { data: Record<string, unknown>; end: number } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  const fix =
    'pass the localized markdown file from the AdobeDocs campaign-classic.<language> repository (it ' +
    'starts with "---", then title, source-git-commit, …)';
  if (!m)
    throw inputError(file, 'not Experience League markdown (no YAML front matter between "---" lines at the top)', fix);
  let data: unknown;
  try {
    // The failsafe schema reads every value as text: a commit hash of digits stays a hash.
    data = parseYaml(m[1] ?? '', { schema: 'failsafe' });
  } catch (error) {
    throw inputError(file, `the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`, fix);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw inputError(file, 'not Experience League markdown (the front matter is not a list of fields)', fix);
  const record = data as Record<string, unknown>;
  const commit = record['source-git-commit'];
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) {
    const why = `not Experience League markdown: the front matter has no source-git-commit (got ${quote(commit)})`;
    throw inputError(file, why, fix);
  }
  if (typeof record['title'] !== 'string' || record['title'].trim() === '') {
    throw inputError(file, 'not Experience League markdown: the front matter has no title', fix);
  }
  return { data: record, end: m[0].length };
}

/** Interprets the front matter fields, tolerating the quirks of older translations. */
function frontMatterFacts(data: Record<string, unknown>): ExlFrontMatter {
  const notes: string[] = [];
  const workflowType = typeof data['workflow-type'] === 'string' ? data['workflow-type'] : undefined;
  const translationType = typeof data['translation-type'] === 'string' ? data['translation-type'] : undefined;
  if (workflowType && translationType && workflowType !== translationType) {
    notes.push(
      `workflow-type "${workflowType}" and the older translation-type "${translationType}" disagree; ` +
        `workflow-type is used`,
    );
  }
  // source-wordcount is sometimes quoted ('255') and sometimes bare (255).
  const rawCount = data['source-wordcount'];
  let wordCount: number | undefined;
  if (typeof rawCount === 'number') wordCount = rawCount;
  else if (typeof rawCount === 'string' && /^\d+$/.test(rawCount.trim())) wordCount = Number(rawCount);
  const exlId = typeof data['exl-id'] === 'string' ? data['exl-id'] : undefined;
  return {
    title: String(data['title']).trim(),
    exlId,
    sourceCommit: String(data['source-git-commit']),
    workflow: workflowType ?? translationType,
    wordCount,
    notes,
  };
}

/** Parses an upstream file. Throws an ExlInputError naming the file for anything the importer cannot use. */
export function parseExlMarkdown(source: string, file: string): ExlDocument {
  const locale = localeFromFileName(file);
  const { data, end } = readFrontMatter(file, source);
  const frontMatter = frontMatterFacts(data);
  const body = source.slice(end);
  const tableStart = body.search(/<table\b/i);
  if (tableStart === -1)
    throw inputError(
      file,
      'has no <table>',
      'pass the "Modules and frequent issues" page, whose content is an HTML table of the modules',
    );
  const tableEnd = body.indexOf('</table>', tableStart);
  if (tableEnd === -1) throw inputError(file, 'the <table> is never closed (no </table>)', 'pass the complete file');
  const tableOffset = end + tableStart;
  const tableHtml = source.slice(tableOffset, end + tableEnd + '</table>'.length);

  const h1 = /^#[ \t]+(.+?)[ \t]*(?:\{#([\w-]+)\})?[ \t]*$/m.exec(body.slice(0, tableStart));
  const heading = {
    text: h1?.[1]?.trim() ?? frontMatter.title,
    anchor: h1?.[2],
    line: lineAt(source, end + (h1?.index ?? 0)),
  };
  const afterHeading = h1 ? h1.index + h1[0].length : 0;
  const introLines = body
    .slice(afterHeading, tableStart)
    .split('\n')
    .map((l, i) => ({ text: l.trim(), i }))
    .filter((l) => l.text !== '' && !l.text.startsWith('![') && !l.text.startsWith('>'));
  const intro =
    introLines.length > 0
      ? { text: introLines.map((l) => l.text).join(' '), line: lineAt(source, end + afterHeading) + introLines[0]!.i }
      : undefined;

  const root = parseHtml(tableHtml);
  const headers = root.querySelectorAll('thead th').map((th) => collapse(th.text));
  const bodyRows = root
    .querySelectorAll('tr')
    .filter((tr) => tr.querySelectorAll('th').length === 0 || tr.querySelectorAll('td').length > 0);
  const rows: ExlRow[] = bodyRows.map((tr) => ({
    line: lineAt(source, tableOffset + tr.range[0]),
    cells: tr.querySelectorAll('td').map((td) => {
      const raw = tableHtml.slice(td.range[0], td.range[1]);
      const open = /^<td\b[^>]*>/i.exec(raw)?.[0].length ?? 0;
      const html = raw.slice(open).replace(/<\/td>\s*$/i, '');
      const offset = tableOffset + td.range[0] + open;
      return { html, text: collapse(td.text), offset, line: lineAt(source, offset) };
    }),
  }));
  if (rows.length === 0) throw inputError(file, 'the <table> has no body rows', 'pass the complete file');
  rows.forEach((r, i) => {
    if (r.cells.length !== 3) {
      throw inputError(
        file,
        `table row ${i + 1} has ${r.cells.length} cells; the module table has 3 (Module, Execution scope, ` +
          `Troubleshooting)`,
        'pass the "Modules and frequent issues" page, or repair the row',
        { line: r.line },
      );
    }
  });
  checkScript(file, locale, rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' '));
  return { file, source, locale, frontMatter, heading, intro, headers, rows };
}
