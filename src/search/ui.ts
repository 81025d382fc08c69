/**
 * The search box, loaded when a reader reaches it: ranks the query over the locale's Pagefind index and
 * renders the results into `#search-results` (links in rank order, `aria-busy` true while searching).
 */
import type { LocaleCode } from '../locales.ts';
import { loadEngine } from './engine.ts';
import { moduleExcerpt, modulePassages, pageExcerpt } from './excerpt.ts';
import { rank } from './ranking.ts';
import { fill, renderCorrection, renderHits, type Hit } from './render.ts';
import { panelCloser } from './panel.ts';
import { joinCjkWords } from './text.ts';
import { maxQueryLength } from './words.ts';

const maxPages = 8;

/** Builds the result list of one query: module entries first, then sections of other pages. */
async function search(
  query: string,
  locale: LocaleCode,
  moduleUrl: string,
  verbatim: boolean,
): Promise<{ hits: Hit[]; corrected: string | undefined }> {
  const ranking = await rank(await loadEngine(locale), query, locale, { verbatim });
  const hits: Hit[] = ranking.modules.map(({ module, record, own }) => {
    const { label, scope } = modulePassages(record.content);
    return {
      url: `${moduleUrl}#${module}`,
      title: module,
      code: true,
      meta: [label, scope].filter(Boolean).join(' · '),
      parts: moduleExcerpt(record.content, ranking.marks),
      // A module matched only in another language says which.
      lang: own ? undefined : record.meta['lang'],
    };
  });
  // A page result is one section of a page: its heading, the page it belongs to, and its excerpt.
  const pages: Hit[] = ranking.pages.slice(0, maxPages).map((d) => {
    const title = joinCjkWords(d.meta['title'] ?? d.url);
    const page = joinCjkWords(d.meta['page'] ?? '');
    return {
      url: d.url,
      title,
      code: false,
      meta: page === title ? '' : page,
      parts: pageExcerpt(d.excerpt, d.content, locale),
      lang: undefined,
    };
  });
  return { hits: [...hits, ...pages], corrected: ranking.corrected };
}

/** Wires a `<site-search>` element: searching as the reader types, keyboard navigation, closing. */
export function enhance(root: HTMLElement, input: HTMLInputElement): void {
  const panel = root.querySelector<HTMLElement>('.panel');
  const results = root.querySelector<HTMLElement>('#search-results');
  const status = root.querySelector<HTMLElement>('.status');
  const correction = root.querySelector<HTMLElement>('.correction');
  if (!panel || !results || !status || !correction) return;
  const d = root.dataset;
  const locale = (d['locale'] ?? 'zh-TW') as LocaleCode;
  const onPage = root.classList.contains('search-page');
  const plural = new Intl.PluralRules(locale);
  let sequence = 0;
  // `exact` in the address (from "search as typed") turns typo correction off for that query only.
  const params = new URLSearchParams(location.search);
  let verbatim = onPage && params.has('exact');
  let verbatimQuery = params.get('q') ?? '';
  // Start loading Pagefind and the index now: the reader is about to type.
  void loadEngine(locale).catch(() => undefined);

  const close = panelCloser(root, panel, input);

  const run = async () => {
    const query = input.value.trim().slice(0, maxQueryLength);
    const current = ++sequence;
    if (verbatim && query !== verbatimQuery) verbatim = false;
    verbatimQuery = query;
    const address = `?q=${encodeURIComponent(query)}${verbatim ? '&exact' : ''}`;
    if (onPage) history.replaceState(null, '', query ? address : location.pathname);
    if (!query) {
      results.replaceChildren();
      correction.hidden = true;
      status.textContent = '';
      results.setAttribute('aria-busy', 'false');
      close();
      return;
    }
    panel.hidden = false;
    results.setAttribute('aria-busy', 'true');
    status.textContent = d['loading'] ?? '';
    try {
      const { hits, corrected } = await search(query, locale, d['moduleUrl'] ?? '', verbatim);
      if (current !== sequence) return;
      renderHits(results, hits, d['matchedIn'] ?? '');
      renderCorrection(
        correction,
        corrected
          ? { searched: corrected, typed: query, href: `${d['searchUrl'] ?? ''}?q=${encodeURIComponent(query)}&exact` }
          : undefined,
        { showing: d['showingFor'] ?? '', asTyped: d['searchAsTyped'] ?? '' },
      );
      const template = plural.select(hits.length) === 'one' ? d['resultsOne'] : d['resultsOther'];
      status.textContent =
        hits.length > 0 ? fill(template ?? '', { count: hits.length }) : fill(d['noResults'] ?? '', { query });
    } catch {
      if (current !== sequence) return;
      results.replaceChildren();
      correction.hidden = true;
      status.textContent = d['error'] ?? '';
    } finally {
      if (current === sequence) results.setAttribute('aria-busy', 'false');
    }
  };

  input.addEventListener('input', () => void run());
  root.querySelector('form')?.addEventListener('submit', () => void run());

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      panel.hidden = false;
      links()[0]?.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      if (next < 0) input.focus();
      else all[next]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? all[0] : all[all.length - 1])?.focus();
    }
  });
  void run();
}
