/**
 * `<entry-forward>`: when the fragment of a module table page names no element on it, moves to where it
 * lives: a sign's anchor to its module's page; on a split table, an entry to the page that holds it (from
 * the id → page map; the lowercase fragment is an anchor there).
 */
import { pageForFragment, type EntryPageMap } from '../lib/table-pages.ts';

class EntryForward extends HTMLElement {
  connectedCallback() {
    void this.forward();
    window.addEventListener('hashchange', () => void this.forward());
  }

  async forward(): Promise<void> {
    let fragment: string;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!fragment || document.getElementById(fragment)) return;
    const lower = fragment.toLowerCase();
    if (document.getElementById(lower)) {
      location.replace(`#${encodeURIComponent(lower)}`);
      return;
    }
    // A sign's anchor (`mta--start-pending`) lives on its module's own page.
    const sign = /^([a-z][a-z0-9]*)--[a-z0-9-]+$/.exec(lower);
    if (sign && this.dataset['modules']) {
      location.replace(`${this.dataset['modules']}${sign[1]}/#${encodeURIComponent(lower)}`);
      return;
    }
    if (!this.dataset['map']) return;
    const response = await fetch(this.dataset['map']);
    if (!response.ok) return;
    const page = pageForFragment((await response.json()) as EntryPageMap, lower);
    if (page === Number(this.dataset['page'])) return;
    const base = this.dataset['base'] ?? '';
    location.replace(`${base}${page > 1 ? `${page}/` : ''}#${encodeURIComponent(lower)}`);
  }
}

customElements.define('entry-forward', EntryForward);
