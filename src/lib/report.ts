/**
 * "Report a problem with this text": the address readers report an error to, set in one place. It is a
 * template: `{title}` and `{body}` receive the prefilled report, URL-encoded (a GitHub or GitLab "new issue"
 * address, a form, or `mailto:…?subject={title}&body={body}`). `REPORT_URL` at build time replaces the
 * shipped address; `REPORT_URL=` (empty) turns the links off, and every page then shows none. Pure: the
 * browser builds each entry's report with `reportHref` too (src/client/report-links.ts).
 */

/**
 * The shipped address: none. The site does not know its publisher's tracker; a team that publishes it sets
 * `REPORT_URL` (README, "Report a problem"), and until then no page offers a link that leads nowhere.
 */
export const shippedReportUrl: string | undefined = undefined;

/** What is wrong with a report address, in one line with the fix; undefined when it is usable. */
export function reportUrlProblem(value: string): string | undefined {
  const example = 'REPORT_URL=https://github.com/<owner>/<repo>/issues/new?title={title}&body={body}';
  if (!/^(https?:\/\/[^/\s]+|mailto:[^\s]+)/i.test(value))
    return `REPORT_URL is "${value}", which is neither an http(s) nor a mailto: address: set it as e.g. ${example}`;
  if (!value.includes('{body}'))
    return `REPORT_URL is "${value}", which has no {body} for the prefilled report: add it, as in ${example}`;
  return undefined;
}

/**
 * Returns the report address in effect: `REPORT_URL` when set (empty: none), else the shipped one. Throws on a
 * value that cannot be used, naming it and the fix.
 */
export function reportTemplate(env: Record<string, string | undefined>): string | undefined {
  const value = env['REPORT_URL'];
  if (value === undefined || value.trim() === '') return shippedReportUrl;
  const problem = reportUrlProblem(value.trim());
  if (problem) throw new Error(problem);
  return value.trim();
}

/** What a report is about: the page's address (with the entry's fragment), the entry, the page's locale. */
export type ReportSubject = { url: string; entry?: string | undefined; locale: string; prompt: string };

/**
 * Returns the address of a prefilled report about a page or one of its entries, or undefined when reports
 * are off. The title names the locale and the entry (or the page's path); the text gives the address,
 * the entry and the locale, then the reader's prompt.
 */
export function reportHref(template: string | undefined, subject: ReportSubject): string | undefined {
  if (!template) return undefined;
  const { url, entry, locale, prompt } = subject;
  const title = `[${locale}] ${entry ?? new URL(url).pathname}`;
  const body = [url, ...(entry ? [`entry: ${entry}`] : []), `locale: ${locale}`, '', prompt, ''].join('\n');
  return template.replace('{title}', encodeURIComponent(title)).replace('{body}', encodeURIComponent(body));
}
