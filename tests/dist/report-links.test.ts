// "Report a problem with this text": with the shipped address (or REPORT_URL), every page's footer links to a
// report prefilled with the page's address and locale, and carries what the script needs to give each entry its
// own (tests/e2e/reader-tools.spec.ts); with REPORT_URL empty, no page shows one.
import { describe, expect, test } from 'vitest';
import { siteOrigin } from '../../src/lib/origin.ts';
import { reportTemplate } from '../../src/lib/report.ts';
import { modulePageUrl, pageUrl, modulePageId } from '../../src/lib/urls.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, moduleIds } from '../support/built-site.ts';
import { label } from '../support/strings.ts';

const template = reportTemplate(process.env);

describe.each(locales)('report links in $code', (locale) => {
  test(template ? 'each page’s footer links to a report naming the page and the locale' : 'no page shows one', () => {
    for (const path of [pageUrl(locale.code, modulePageId), ...moduleIds.map((id) => modulePageUrl(locale.code, id))]) {
      const link = builtDoc(path).querySelector('footer a.report');
      if (!template) {
        expect(link, path).toBeNull();
        continue;
      }
      const report = decodeURIComponent(link?.getAttribute('href') ?? '');
      expect(report, path).toContain(`${siteOrigin}${path}`);
      expect(report, path).toContain(`locale: ${locale.code}`);
      expect(report, path).toContain(label(locale.code, 'report.prompt'));
      expect(link?.getAttribute('data-template'), path).toBe(template);
    }
  });
});
