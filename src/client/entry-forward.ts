/**
 * `<entry-forward>`: lands a hand-typed fragment on its entry (see EntryForward.astro). On the module table:
 * any letter case, a former id or one typo of an id lands on the row, with the URL corrected; a sign's anchor
 * moves to its module's page; on a split table, an entry moves to the page that holds it (from the id → page
 * map). On a module page: the same for its signs, and any other fragment goes to the table, which knows every
 * entry. A fragment that names no entry shows the notice, with the closest entries.
 */
import { matchFragment, signParts, textAnchor } from '../lib/fragments.ts';
import { pageForFragment, type EntryPageMap } from '../lib/table-pages.ts';

/** The URL's fragment, decoded; empty when there is none or it cannot be decoded. */
function currentFragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The id of the element a name targets, in any letter case: a lowercase or former id's copy stands for its entry. */
function idOnPage(name: string): string | undefined {
  const key = name.toLowerCase();
  const el =
    document.getElementById(name) ?? [...document.querySelectorAll('[id]')].find((e) => e.id.toLowerCase() === key);
  if (!el) return undefined;
  return el.classList.contains('alias-anchor') ? (el.parentElement?.closest('[id]')?.id ?? el.id) : el.id;
}

class EntryForward extends HTMLElement {
  connectedCallback() {
    void this.forward();
    window.addEventListener('hashchange', () => void this.forward());
  }

  /**
   * The entries of this page by every name they answer to: id, lowercase copy, former ids; a sign also by its
   * module and the text as seen (`mta--start-pending`), when no other sign of the page makes the same name.
   */
  names(): Map<string, string> {
    const names = new Map<string, string>();
    const seen = new Map<string, string | undefined>();
    for (const entry of document.querySelectorAll<HTMLElement>(this.dataset['entries'] ?? 'none')) {
      names.set(entry.id, entry.id);
      for (const alias of entry.querySelectorAll('.alias-anchor')) names.set(alias.id, entry.id);
      const text = entry.querySelector(this.dataset['seen'] ?? 'none')?.textContent;
      const sign = signParts(entry.id);
      if (!text || !sign) continue;
      const name = `${sign.module}--${textAnchor(text)}`;
      seen.set(name, seen.has(name) ? undefined : entry.id);
    }
    for (const [name, id] of seen) if (id && !names.has(name)) names.set(name, id);
    return names;
  }

  async forward(): Promise<void> {
    this.notify('', []);
    const fragment = currentFragment();
    if (!fragment) return;
    const here = idOnPage(fragment);
    if (here) {
      // Lands already; the URL names the entry as written (`#INMAIL`, `#inmail` → `#inMail`).
      if (here !== fragment) location.replace(`#${encodeURIComponent(here)}`);
      return;
    }
    if (this.dataset['module'] !== undefined) this.onModulePage(fragment);
    else await this.onTable(fragment);
  }

  /** A module page: a typo of one of its signs lands on it; other fragments go to the table. */
  onModulePage(fragment: string): void {
    const match = matchFragment(fragment, this.names());
    if (match.kind === 'entry') {
      location.replace(`#${encodeURIComponent(match.id)}`);
      return;
    }
    if (signParts(fragment)?.module.toLowerCase() !== this.dataset['module']) {
      location.replace(`${this.dataset['base'] ?? ''}#${encodeURIComponent(fragment)}`);
      return;
    }
    this.notify(fragment, match.candidates);
  }

  /** A page of the module table: rows here, a sign on its module's page, an entry on another page of a split table. */
  async onTable(fragment: string): Promise<void> {
    const sign = signParts(fragment);
    const name = sign ? sign.module : fragment;
    // On a split table, the page the name sorts into (or a former id's) lands it, typos included.
    const page = await this.pageOf(name);
    if (page !== undefined && page !== Number(this.dataset['page'])) {
      const base = this.dataset['base'] ?? '';
      location.replace(`${base}${page > 1 ? `${page}/` : ''}#${encodeURIComponent(fragment.toLowerCase())}`);
      return;
    }
    const match = matchFragment(name, this.names());
    if (match.kind === 'unknown') {
      this.notify(fragment, match.candidates);
    } else if (!sign) {
      location.replace(`#${encodeURIComponent(match.id)}`);
    } else if (document.getElementById(match.id)?.querySelector('.signs-link')) {
      // A sign of a module on this page: its module's page holds its signs and lands a typo of one.
      const anchor = encodeURIComponent(`${match.id}--${sign.sign}`);
      location.replace(`${this.dataset['modules'] ?? ''}${match.id.toLowerCase()}/#${anchor}`);
    } else {
      this.notify(fragment, []);
    }
  }

  /** On a split table, the page an id belongs on (alphabetical ranges, former ids); undefined on one page. */
  async pageOf(name: string): Promise<number | undefined> {
    if (!this.dataset['map']) return undefined;
    const response = await fetch(this.dataset['map']);
    if (!response.ok) return undefined;
    return pageForFragment((await response.json()) as EntryPageMap, name.toLowerCase());
  }

  /** Shows the notice for a fragment naming no entry, with links to the closest ones; hides it for ''. */
  notify(fragment: string, candidates: readonly string[]): void {
    const notice = this.querySelector<HTMLElement>('.fragment-notice');
    const suggest = this.querySelector<HTMLElement>('.fragment-suggest');
    const list = this.querySelector<HTMLElement>('.fragment-candidates');
    const name = this.querySelector<HTMLElement>('.fragment-name');
    if (!notice || !suggest || !list || !name) return;
    notice.hidden = !fragment;
    name.textContent = fragment;
    suggest.hidden = candidates.length === 0;
    list.replaceChildren(
      ...candidates.flatMap((id, i) => {
        const link = document.createElement('a');
        link.href = `#${encodeURIComponent(id)}`;
        link.append(Object.assign(document.createElement('code'), { textContent: id }));
        return i > 0 ? [this.dataset['separator'] ?? ', ', link] : [link];
      }),
    );
  }
}

customElements.define('entry-forward', EntryForward);
