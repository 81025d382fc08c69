// "Report a problem": the configured address, and the prefilled report each page and entry links to.
import { describe, expect, test } from 'vitest';
import { reportHref, reportTemplate, shippedReportUrl } from '../../../src/lib/report.ts';

const subject = {
  url: 'https://docs.example.com/ja/modules/mta/#mta--start-pending',
  entry: 'mta--start-pending',
  locale: 'ja',
  prompt: 'どこが誤っていますか？',
};

describe('reportTemplate()', () => {
  test('returns none when REPORT_URL is not set (the site ships no address of its own), and REPORT_URL when it is', () => {
    expect(shippedReportUrl).toBeUndefined();
    expect(reportTemplate({})).toBeUndefined();
    expect(reportTemplate({ REPORT_URL: 'mailto:docs@example.com?subject={title}&body={body}' })).toBe(
      'mailto:docs@example.com?subject={title}&body={body}',
    );
  });

  test('returns nothing when REPORT_URL is set empty: reports are off', () => {
    expect(reportTemplate({ REPORT_URL: '' })).toBeUndefined();
  });

  test('refuses an address that is not http(s) or mailto:, or has no {body}, naming the value and the fix', () => {
    expect(() => reportTemplate({ REPORT_URL: 'javascript:alert(1)' })).toThrow(
      /REPORT_URL is "javascript:alert\(1\)".*REPORT_URL=https:\/\//,
    );
    expect(() => reportTemplate({ REPORT_URL: 'https://example.com/issues/new' })).toThrow(/no \{body\}.*add it/);
  });
});

describe('reportHref()', () => {
  test('prefills the title and text with the entry, its address and the locale, then the prompt', () => {
    const href = new URL(reportHref('https://example.com/new?title={title}&body={body}', subject)!);
    expect(href.searchParams.get('title')).toBe('[ja] mta--start-pending');
    expect(href.searchParams.get('body')).toBe(
      'https://docs.example.com/ja/modules/mta/#mta--start-pending\nentry: mta--start-pending\nlocale: ja\n\nどこが誤っていますか？\n',
    );
  });

  test('names a page by its path when the report is about the whole page', () => {
    const href = new URL(
      reportHref('https://tracker.invalid/issues/new?title={title}&body={body}', {
        ...subject,
        url: 'https://docs.example.com/sv/log-precision/',
        entry: undefined,
        locale: 'sv',
      })!,
    );
    expect(href.searchParams.get('title')).toBe('[sv] /sv/log-precision/');
  });

  test('returns nothing when reports are off, so that no link is shown', () => {
    expect(reportHref(undefined, subject)).toBeUndefined();
  });
});
