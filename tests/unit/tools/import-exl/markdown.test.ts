// Reading upstream Experience League markdown (parseExlMarkdown).
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../../../src/locales.ts';
import { ExlInputError, parseExlMarkdown } from '../../../../tools/import-exl/markdown.ts';
import { fixture, fixtureFile } from './fixtures.ts';

describe('parseExlMarkdown()', () => {
  test.each(localeCodes)(
    'reads the front matter, the page heading and eleven rows of three cells in the %s file',
    (locale) => {
      const doc = parseExlMarkdown(fixture(locale), fixtureFile(locale));
      expect(doc.locale).toBe(locale);
      expect(doc.heading.anchor).toBe('modules-and-frequent-issues');
      expect(doc.frontMatter.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
      expect(doc.frontMatter.workflow).toBe('tm+mt');
      expect(doc.frontMatter.wordCount).toBe(255);
      expect(doc.rows).toHaveLength(11);
      for (const row of doc.rows) expect(row.cells).toHaveLength(3);
    },
  );

  test('reads a bare source-wordcount like a quoted one', () => {
    const doc = parseExlMarkdown(
      fixture('ja').replace("source-wordcount: '255'", 'source-wordcount: 255'),
      fixtureFile('ja'),
    );
    expect(doc.frontMatter.wordCount).toBe(255);
  });

  test('falls back to translation-type when workflow-type is absent', () => {
    const doc = parseExlMarkdown(fixture('sv').replace('workflow-type: tm+mt\n', ''), fixtureFile('sv'));
    expect(doc.frontMatter.workflow).toBe('tm+mt');
  });

  test('notes a translation-type that disagrees with workflow-type, and uses workflow-type', () => {
    const doc = parseExlMarkdown(
      fixture('ko').replace('translation-type: tm+mt', 'translation-type: ht'),
      fixtureFile('ko'),
    );
    expect(doc.frontMatter.workflow).toBe('tm+mt');
    expect(doc.frontMatter.notes).toEqual([
      'workflow-type "tm+mt" and the older translation-type "ht" disagree; workflow-type is used',
    ]);
  });

  test('accepts a file without exl-id, as the ko and sv translations are', () => {
    const doc = parseExlMarkdown(fixture('ko'), fixtureFile('ko'));
    expect(doc.frontMatter.exlId).toBeUndefined();
  });

  test('keeps a commit hash made only of digits as text', () => {
    const digits = '1'.repeat(40);
    const doc = parseExlMarkdown(
      fixture('nl').replace('98d646919fedc66ee9145522ad0c5f15b25dbf2e', digits),
      fixtureFile('nl'),
    );
    expect(doc.frontMatter.sourceCommit).toBe(digits);
  });

  test('takes the locale from repository-style names such as ko-KR and zh-Hant', () => {
    expect(parseExlMarkdown(fixture('ko'), 'modules-and-frequent-issues.ko-KR.md').locale).toBe('ko');
    expect(parseExlMarkdown(fixture('zh-TW'), 'x/modules-and-frequent-issues.zh-Hant.md').locale).toBe('zh-TW');
  });

  test.each([
    [
      'a file that is not Experience League markdown',
      'notes.ja.md',
      '# Notes\n\nNo front matter here.\n',
      /^notes\.ja\.md {2}- {2}- {2}- {2}error: not Experience League markdown \(no YAML front matter/,
    ],
    [
      'front matter without source-git-commit',
      'page.ja.md',
      '---\ntitle: x\n---\n<table></table>\n',
      /^page\.ja\.md {2}- {2}- {2}- {2}error: not Experience League markdown: the front matter has no source-git-commit/,
    ],
    [
      'a file without a table',
      'no-table.ja.md',
      fixture('ja').replace(/<table>[\s\S]*$/, ''),
      /^no-table\.ja\.md {2}- {2}- {2}- {2}error: has no <table> — pass the/,
    ],
    [
      'a language we do not publish',
      'modules-and-frequent-issues.de-DE.md',
      fixture('nl'),
      /^modules-and-frequent-issues\.de-DE\.md {2}- {2}- {2}- {2}error: the language "de-DE" is not one we publish \(zh-TW, ja, sv, ko, nl\) — import only/,
    ],
    [
      'a file name without a language',
      'modules-and-frequent-issues.md',
      fixture('nl'),
      /^modules-and-frequent-issues\.md {2}- {2}- {2}- {2}error: cannot tell the language from the file name/,
    ],
    [
      'a Korean file named as Japanese',
      'modules-and-frequent-issues.ja.md',
      fixture('ko'),
      / {2}ja {2}error: the file name says "ja" but the table text looks like 한국어 \(ko\) — check that/,
    ],
  ])('rejects %s with a message naming the file', (_what, file, text, message) => {
    expect(() => parseExlMarkdown(text, file)).toThrow(ExlInputError);
    expect(() => parseExlMarkdown(text, file)).toThrow(message);
  });
});
