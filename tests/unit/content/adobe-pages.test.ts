// Adobe's page registry: each cited page's title, its place on Experience League and the locales Adobe lacks.
import { describe, expect, test } from 'vitest';
import { adobeLinks, parseAdobePages } from '../../../src/content/adobe-pages.ts';

const revision = '7a5eb4334a2a6847a3a189d70b6bd9cca3526100';
const registry = (pages: string) => `revision: ${revision}\npages:\n${pages}`;
const logFiles = registry(
  '  production/using/log-files.md:\n    title: Log files\n    exl: monitoring-campaign-classic/production-procedures/log-files\n',
);

describe('parseAdobePages()', () => {
  test('reads each page with its English source at the revision read', () => {
    const page = parseAdobePages(logFiles).pages.get('production/using/log-files.md')!;
    expect(page.title).toBe('Log files');
    expect(page.url).toBe(
      `https://github.com/AdobeDocs/campaign-classic.en/blob/${revision}/help/production/using/log-files.md`,
    );
  });

  test('names the file, the page, the field and the fix for a page written as a title alone', () => {
    expect(() =>
      parseAdobePages(registry('  rn/using/release-2025.md: Campaign Classic 2025 releases\n'), 'a.yaml'),
    ).toThrow(/a\.yaml.*rn\/using\/release-2025\.md.*title.*write the page's English title under `title:`/s);
  });

  test('refuses a place that is not a path of section ids, and a locale that is not published', () => {
    const page = (more: string) => registry(`  a.md:\n    title: A\n${more}`);
    expect(() => parseAdobePages(page('    exl: Monitoring Guide\n'))).toThrow(/"Monitoring Guide" is not a place/);
    expect(() => parseAdobePages(page('    missing: [de]\n'))).toThrow(/is not a list of locale codes/);
  });
});

describe('adobeLinks()', () => {
  const parsed = (missing = '') => parseAdobePages(`${logFiles}${missing}`).pages.get('production/using/log-files.md')!;

  test("links Adobe's English page and the page in the reader's language on Experience League", () => {
    expect(adobeLinks(parsed(), 'zh-TW')).toEqual({
      english:
        'https://experienceleague.adobe.com/en/docs/campaign-classic/using/monitoring-campaign-classic/production-procedures/log-files',
      local:
        'https://experienceleague.adobe.com/zh-hant/docs/campaign-classic/using/monitoring-campaign-classic/production-procedures/log-files',
    });
  });

  test('leaves out the page in a language Adobe does not translate it into', () => {
    expect(adobeLinks(parsed('    missing: [nl]\n'), 'nl').local).toBeUndefined();
  });

  test('links the English source when Experience League has no place for the page', () => {
    const page = parseAdobePages(registry('  a/using/b.md:\n    title: B\n')).pages.get('a/using/b.md')!;
    expect(adobeLinks(page, 'ja')).toEqual({ english: page.url });
  });
});
