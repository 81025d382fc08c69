/**
 * Gives each module entry and sign its own "report a problem" link, beside its print button: prefilled with the
 * entry's address and anchor and the locale (src/lib/report.ts), from the template, prompt and label of the
 * footer's page report link (ReportLink.astro). Without that link (reports off) or JavaScript, entries have none
 * and the footer's link reports on the page.
 */
import { reportHref } from '../lib/report.ts';

const page = document.querySelector<HTMLAnchorElement>('footer a.report');
const { template, prompt = '', label = '' } = page?.dataset ?? {};
if (template) {
  // The site's address when the build had one (copied links use it too), else the one the page is served from.
  const origin = document.querySelector<HTMLElement>('copy-strings')?.dataset['origin'] || location.origin;
  for (const entry of document.querySelectorAll<HTMLElement>('.modules tbody tr[id], li.sign[id]')) {
    const link = document.createElement('a');
    link.className = 'report';
    const url = `${origin}${location.pathname}#${entry.id}`;
    link.href = reportHref(template, { url, entry: entry.id, locale: document.documentElement.lang, prompt }) ?? '';
    const name = link.appendChild(document.createElement('span'));
    name.className = 'visually-hidden';
    name.textContent = ` ${entry.querySelector('h3 code')?.textContent ?? entry.id}`;
    link.prepend(label);
    entry.querySelector('print-entry')?.after(link);
  }
}
