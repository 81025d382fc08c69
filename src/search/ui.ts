/**
 * The search, loaded on first use: runs Pagefind (itself fetched only now) on the locale's index
 * and renders results into `#search-results`, module entries first. The contract for tests and
 * tools: `#search-results` holds the results as links in rank order, with `aria-busy` true while
 * a search runs and false when it is done.
 */
import { locales, type LocaleCode } from '../locales.ts';
import { entryUrl, searchEngine, type Pagefind, type PagefindResult } from './indexes.ts';
import { joinCjkWords, markClose, markOpen, normalizeQuery, spaceCjkWords } from './text.ts';

/** One line of the result list. */
type Hit = { url: string; title: string; code: boolean; meta: string; excerpt: string; lang: string | undefined };

const maxModules = 11;
const maxPages = 8;
/** How many records to open (one small fetch each, cached): enough for every module of a query. */
const maxRecords = 10;

/** Fills a template's `{{name}}` placeholders. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Appends a Pagefind excerpt as text and `<mark>` elements: never as HTML. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  // Spaces were put between CJK words for indexing; take them out again for reading.
  const text = joinCjkWords(excerpt.replaceAll('<mark>', markOpen).replaceAll('</mark>', markClose));
  text.split(new RegExp(`(${markOpen}[^${markClose}]*${markClose})`)).forEach((part) => {
    if (!part) return;
    if (part.startsWith(markOpen)) {
      const mark = document.createElement('mark');
      mark.textContent = decode(part.slice(1, -1));
      parent.append(mark);
    } else {
      parent.append(decode(part.replaceAll(markOpen, '').replaceAll(markClose, '')));
    }
  });
}

/**
 * Returns the results of one word. A long Latin-script word that matches nothing is most often an
 * compound the index does not split (`campagneworkflow`) or an inflection (`loggarnas`): then the
 * prefix or suffix of five letters or more that matches best stands in for it.
 */
async function wordResults(pf: Pagefind, word: string): Promise<PagefindResult[]> {
  const found = (await pf.search(word))?.results ?? [];
  if (found.length > 0 || word.length < 7 || !/^[\p{Script=Latin}]+$/u.test(word)) return found;
  const parts: string[] = [];
  for (let n = word.length - 1; n >= 5; n--) parts.push(word.slice(word.length - n), word.slice(0, n));
  // Every part is tried (a few dozen lookups in an index already loaded) and the one with the
  // strongest match wins: a stray partial match must not hide the real head of the compound.
  let best: PagefindResult[] = [];
  for (const part of parts) {
    const results = (await pf.search(part))?.results ?? [];
    if ((results[0]?.score ?? 0) > (best[0]?.score ?? 0)) best = results;
  }
  return best;
}

/**
 * Ranks records for a query. Pagefind matches all words of a query; readers paraphrase, so a
 * symptom typed in other words would often find nothing. Records matching every word come first;
 * after them, records ranked by the sum of their scores for each word alone (an OR search), so a
 * query with one word the content lacks still finds the module.
 */
async function rank(pf: Pagefind, query: string, locale: string): Promise<PagefindResult[]> {
  const normalized = normalizeQuery(query, locale);
  const all = await pf.search(normalized);
  // Tokens such as `mta_debug@<instance>` also count by their parts: Pagefind's Chinese and
  // Japanese segmenters split them in indexed text but keep them whole in a query. (Not `/`:
  // `redir/log` is better matched whole than as the very common `log`.)
  const words = [
    ...new Set(
      spaceCjkWords(normalized)
        .toLowerCase()
        .split(' ')
        .flatMap((w) => (/[_@]/.test(w) ? [w, ...w.split(/[_@]+/)] : [w])),
    ),
  ]
    // One kana or Hangul syllable is a particle or an ending: it matches everything and says nothing.
    .filter((w) => w && !/^[\p{Script=Hiragana}\p{Script=Hangul}]$/u.test(w))
    .slice(0, 10);
  const scores = new Map<string, { result: PagefindResult; score: number; all: boolean }>();
  for (const r of all?.results ?? []) scores.set(r.id, { result: r, score: r.score, all: true });
  if (words.length > 1 || scores.size === 0) {
    const each = await Promise.all(words.map((w) => wordResults(pf, w)));
    for (const results of each) {
      for (const r of results) {
        const entry = scores.get(r.id);
        if (entry && !entry.all) entry.score += r.score;
        else if (!entry) scores.set(r.id, { result: r, score: r.score, all: false });
      }
    }
  }
  return [...scores.values()].sort((a, b) => Number(b.all) - Number(a.all) || b.score - a.score).map((e) => e.result);
}

/** Builds the result list for one query: module entries first, then sections of other pages. */
async function search(query: string, locale: string, moduleUrl: string): Promise<Hit[]> {
  const pf = await searchEngine(query, locale as LocaleCode);
  const ranked = (await rank(pf, query, locale)).slice(0, maxRecords);
  const data = await Promise.all(ranked.map((r) => r.data()));
  const modules = new Map<string, { hit: Hit; own: boolean }>();
  const pages: Hit[] = [];
  data.forEach((d) => {
    const id = d.meta['module'];
    if (id) {
      const lang = d.meta['lang'];
      const own = lang === locale;
      const seen = modules.get(id);
      // A module ranks by its best record; its text shows in the reader's language when that
      // record matched too, and says which language matched otherwise.
      if (seen && (seen.own || !own)) return;
      if (!seen && modules.size >= maxModules) return;
      modules.set(id, {
        own,
        hit: {
          url: entryUrl(moduleUrl, id, d.meta['page']),
          title: id,
          code: true,
          meta: [d.meta['label'], d.meta['scope']].filter(Boolean).join(' · '),
          excerpt: d.excerpt,
          lang: own ? undefined : lang,
        },
      });
      return;
    }
    const subs = (d.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0 && s.url.includes('#'));
    const best = subs.length > 0 ? subs : [{ title: d.meta['title'] ?? d.url, url: d.url, excerpt: d.excerpt }];
    for (const s of best.slice(0, 3)) {
      if (pages.length < maxPages)
        pages.push({
          url: s.url,
          title: s.title,
          code: false,
          meta: s.title === d.meta['title'] ? '' : (d.meta['title'] ?? ''),
          excerpt: s.excerpt,
          lang: undefined,
        });
    }
  });
  return [...[...modules.values()].map((m) => m.hit), ...pages];
}

/** Renders hits as links, in rank order. */
function render(container: HTMLElement, hits: Hit[], matchedIn: string): void {
  const list = document.createElement('ol');
  for (const hit of hits) {
    const a = document.createElement('a');
    a.href = hit.url;
    const title = document.createElement('span');
    title.className = 'r-title';
    if (hit.code) {
      const code = document.createElement('code');
      code.textContent = hit.title;
      title.append(code);
    } else {
      title.textContent = hit.title;
    }
    a.append(title);
    const metaText = [
      hit.meta,
      hit.lang ? fill(matchedIn, { language: locales.find((l) => l.code === hit.lang)?.name ?? hit.lang }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    if (metaText) {
      const meta = document.createElement('span');
      meta.className = 'r-meta';
      meta.textContent = metaText;
      a.append(meta);
    }
    const excerpt = document.createElement('span');
    excerpt.className = 'r-excerpt';
    if (hit.lang) excerpt.lang = hit.lang;
    appendExcerpt(excerpt, hit.excerpt);
    a.append(excerpt);
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  container.replaceChildren(...(hits.length > 0 ? [list] : []));
}

/** Wires a `<site-search>` element: searching as the reader types, keyboard navigation, closing. */
export function enhance(root: HTMLElement, input: HTMLInputElement): void {
  const panel = root.querySelector<HTMLElement>('.panel');
  const results = root.querySelector<HTMLElement>('#search-results');
  const status = root.querySelector<HTMLElement>('.status');
  if (!panel || !results || !status) return;
  const d = root.dataset;
  const locale = d['locale'] ?? 'zh-TW';
  const onPage = root.classList.contains('search-page');
  const plural = new Intl.PluralRules(locale);
  let sequence = 0;

  const close = () => {
    if (!onPage) panel.hidden = true;
  };

  const run = async () => {
    const query = input.value.trim().slice(0, 200);
    const current = ++sequence;
    if (onPage) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      results.setAttribute('aria-busy', 'false');
      close();
      return;
    }
    panel.hidden = false;
    results.setAttribute('aria-busy', 'true');
    status.textContent = d['loading'] ?? '';
    try {
      const hits = await search(query, locale, d['moduleUrl'] ?? '');
      if (current !== sequence) return;
      render(results, hits, d['matchedIn'] ?? '');
      const template = plural.select(hits.length) === 'one' ? d['resultsOne'] : d['resultsOther'];
      status.textContent =
        hits.length > 0 ? fill(template ?? '', { count: hits.length }) : fill(d['noResults'] ?? '', { query });
    } catch {
      if (current !== sequence) return;
      results.replaceChildren();
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
    } else if (event.key === 'Escape') {
      if (!onPage && !panel.hidden) {
        event.preventDefault();
        close();
      }
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
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  if (!onPage) {
    document.addEventListener('click', (event) => {
      if (!root.contains(event.target as Node)) close();
    });
  }
  void run();
}
