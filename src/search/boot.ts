/**
 * The only search code a page loads before a reader searches: keyboard shortcuts to reach the
 * box, and the trigger that loads the search itself (`search-ui.ts`, then Pagefind) on first use.
 */

/** Returns true when a key press is typing into a field, where `/` must stay a slash. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const results = this.querySelector('#search-results');
    let started: Promise<void> | undefined;
    const start = () => {
      // Busy from the first keystroke, while the search code itself is still loading.
      results?.setAttribute('aria-busy', 'true');
      started ??= import('./ui.ts').then((ui) => ui.enhance(this, input));
      return started;
    };
    input.addEventListener('input', () => void (input.value.trim() && !started && start()));
    this.querySelector('form')?.addEventListener('submit', (event) => {
      // On the search page the results show in place; elsewhere the form goes to the search page.
      if (this.classList.contains('search-page')) {
        event.preventDefault();
        void start();
      }
    });
    if (this.classList.contains('search-page')) {
      for (const note of document.querySelectorAll<HTMLElement>('.search-nojs, .search-js'))
        note.hidden = note.classList.contains('search-nojs');
      const q = new URLSearchParams(location.search).get('q') ?? '';
      input.value = q;
      if (q.trim()) void start();
    }
    document.addEventListener('keydown', (event) => {
      const k = event.key.toLowerCase();
      if (
        (k === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)
      ) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
