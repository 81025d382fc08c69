/**
 * The only search code a page loads up front: shortcuts to reach the box, and the trigger that loads the
 * search (`ui.ts`, then Pagefind and the index) when the box gets focus or the pointer rests on it.
 */

/** Returns true when a key press is typing into a field, where `/` must stay a slash. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** How long the pointer rests on the box before the search starts loading. */
const restMs = 150;

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const results = this.querySelector('#search-results');
    let started: Promise<void> | undefined;
    let ready = false;
    const start = () => {
      started ??= import('./ui.ts').then((ui) => {
        ui.enhance(this, input);
        ready = true;
      });
      return started;
    };
    input.addEventListener('focus', () => void start());
    let rest: ReturnType<typeof setTimeout> | undefined;
    this.addEventListener('pointerenter', () => (rest = setTimeout(() => void start(), restMs)));
    this.addEventListener('pointerleave', () => clearTimeout(rest));
    input.addEventListener('input', () => {
      if (ready || !input.value.trim()) return;
      // Busy from the first keystroke, while the search code itself is still loading.
      results?.setAttribute('aria-busy', 'true');
      void start();
    });
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
      if (q.trim()) {
        results?.setAttribute('aria-busy', 'true');
        void start();
      }
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
