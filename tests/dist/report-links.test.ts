// "Report a problem with this text": with the shipped address (or REPORT_URL), every module entry, sign and page
// links to a report prefilled with its address, its anchor and the locale; with REPORT_URL empty, none does.
import { describe, expect, test } from 'vitest';
import { siteOrigin } from '../../src/lib/origin.ts';
import { reportTemplate } from '../../src/lib/report.ts';
import { modulePageUrl, pageUrl, signAnchor, modulePageId } from '../../src/lib/urls.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, moduleIds, signs } from '../support/built-site.ts';

const configured = reportTemplate(process.env) !== undefined;

/** The prefilled report of a link, as the tracker receives it (title and text, whatever the address's scheme). */
const reportOf = (href: string | undefined) => decodeURIComponent(href ?? '');

describe.each(locales)('report links in $code', (locale) => {
  test(configured ? 'each module entry links to a report naming it, its address and the locale' : 'none shows', () => {
    const doc = builtDoc(pageUrl(locale.code, modulePageId));
    for (const id of moduleIds) {
      const link = doc.querySelector(`tr[id="${id}"] a.report`);
      if (!configured) {
        expect(link, id).toBeNull();
        continue;
      }
      const report = reportOf(link?.getAttribute('href'));
      expect(report, id).toContain(`${siteOrigin}${pageUrl(locale.code, modulePageId)}#${id}`);
      expect(report, id).toContain(`locale: ${locale.code}`);
    }
  });

  test(configured ? 'each sign and each page footer links to its own report' : 'no sign or footer shows one', () => {
    for (const id of moduleIds) {
      const doc = builtDoc(modulePageUrl(locale.code, id));
      const footer = doc.querySelector('footer a.report');
      expect(footer === null, id).toBe(!configured);
      if (configured) expect(reportOf(footer?.getAttribute('href')), id).toContain(modulePageUrl(locale.code, id));
      for (const s of signs.filter((x) => x.module === id)) {
        const link = doc.querySelector(`li[id="${signAnchor(s)}"] a.report`);
        if (configured) expect(reportOf(link?.getAttribute('href')), signAnchor(s)).toContain(`#${signAnchor(s)}`);
        else expect(link, signAnchor(s)).toBeNull();
      }
    }
  });
});
