/**
 * The search box, loaded when a reader reaches it: ranks the query over the locale's Pagefind index and
 * renders the results into `#search-results` (links in rank order, `aria-busy` true while searching).
 */
import { decodeEntryText, isSecondRecord, readerUrl } from './contract.ts';
import { loadEngine, widenEngine } from './engine.ts';
import { otherLanguages } from './languages.ts';
import { entryExcerpt, pageExcerpt } from './excerpt.ts';
import { readSettings, type SearchSettings } from './settings.ts';
import { rank } from './ranking.ts';
import { fill, renderCorrection, renderHits, type Hit } from './render.ts';
import { panelCloser } from './panel.ts';
import { joinCjkWords } from './text.ts';
import { maxQueryLength } from './words.ts';

const maxPages = 8;

/** Builds the result list of one query: entries (modules and signs) first, then sections of other pages. */
async function search(
  query: string,
  settings: SearchSettings,
  verbatim: boolean,
): Promise<{ hits: Hit[]; corrected: string | undefined }> {
  const { locale } = settings;
  let ranking = await rank(await loadEngine(locale), query, locale, { verbatim });
  // Another language's index is loaded only for a query in that language.
  const others = otherLanguages(query, locale, ranking);
  if (others.length > 0) {
    const wide = await widenEngine(locale, others);
    ranking = await rank(wide.search, query, locale, {
      verbatim,
      foreign: { words: ranking.unmatched, search: wide.others, languages: others },
    });
  }
  const hits: Hit[] = ranking.entries.map(({ meta, record, own }) => {
    const text = decodeEntryText(record.content);
    const described = meta.sign
      ? [fill(settings.strings.signOf, { module: meta.module }), text.note]
      : [text.label, text.head];
    return {
      url: readerUrl(record.url, settings),
      title: meta.sign ? text.head : meta.module,
      code: true,
      meta: described.filter(Boolean).join(' · '),
      // A sign found by what it means shows its text, not the words its meaning was indexed as.
      parts: isSecondRecord(record.url) ? [] : entryExcerpt(text, ranking.marks),
      // An entry matched only in another language says which.
      lang: own ? undefined : meta.lang,
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
  const settings = readSettings(root.dataset['settings']);
  const { locale, strings } = settings;
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
    status.textContent = strings.loading;
    try {
      const { hits, corrected } = await search(query, settings, verbatim);
      if (current !== sequence) return;
      renderHits(results, hits, strings.matchedIn);
      renderCorrection(
        correction,
        corrected
          ? { searched: corrected, typed: query, href: `${settings.searchUrl}?q=${encodeURIComponent(query)}&exact` }
          : undefined,
        { showing: strings.showingFor, asTyped: strings.searchAsTyped },
      );
      const template = plural.select(hits.length) === 'one' ? strings.resultsOne : strings.resultsOther;
      status.textContent =
        hits.length > 0 ? fill(template, { count: hits.length }) : fill(strings.noResults, { query });
    } catch {
      if (current !== sequence) return;
      results.replaceChildren();
      correction.hidden = true;
      status.textContent = strings.error;
    } finally {
      if (current === sequence) results.setAttribute('aria-busy', 'false');
    }
  };

  input.addEventListener('input', () => void run());
  root.querySelector('form')?.addEventListener('submit', () => void run());
  wireKeys(input, panel, results);
  void run();
}

/** Keyboard navigation: ArrowDown from the box to the first result, arrows, Home and End through the results. */
function wireKeys(input: HTMLInputElement, panel: HTMLElement, results: HTMLElement): void {
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
}
