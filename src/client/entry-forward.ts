/**
 * `<entry-forward>`: when the fragment of a module table page names no element on it, fetches the
 * id → page map and moves to the page that holds the entry (the lowercase fragment is an anchor there).
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
    const response = await fetch(this.dataset['map'] ?? '');
    if (!response.ok) return;
    const page = pageForFragment((await response.json()) as EntryPageMap, lower);
    if (page === Number(this.dataset['page'])) return;
    const base = this.dataset['base'] ?? '';
    location.replace(`${base}${page > 1 ? `${page}/` : ''}#${encodeURIComponent(lower)}`);
  }
}

customElements.define('entry-forward', EntryForward);
