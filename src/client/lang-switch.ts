/**
 * `<lang-switch>`: the language switcher as a menu button that keeps the reader's place (see
 * LanguageSwitcher.astro).
 */

/**
 * Keeps the reader's place (`#fragment`) across a language switch (the page it opens remembers its language
 * for `/` and the short links, as every page does: src/client/locale-memory.ts).
 * With JavaScript the disclosure becomes a WAI-ARIA menu button: opening moves the focus into
 * the menu, arrows, Home and End move through it, Escape closes it and returns the focus.
 */
class LangSwitch extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    const summary = details?.querySelector('summary');
    const menu = details?.querySelector('ul');
    if (!details || !summary || !menu) return;
    const items = [...menu.querySelectorAll<HTMLAnchorElement>('a')];
    summary.setAttribute('aria-haspopup', 'menu');
    menu.setAttribute('role', 'menu');
    for (const li of menu.children) li.setAttribute('role', 'none');
    for (const a of items) {
      a.setAttribute('role', 'menuitem');
      a.tabIndex = -1;
    }
    const focusItem = (i: number) => items[(i + items.length) % items.length]?.focus();
    const close = (refocus: boolean) => {
      details.open = false;
      if (refocus) summary.focus();
    };
    // Which item takes the focus when the menu opens: the first, or the last after ArrowUp.
    let openAt = 0;
    summary.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      openAt = event.key === 'ArrowDown' ? 0 : -1;
      if (details.open) focusItem(openAt);
      details.open = true;
    });
    details.addEventListener('toggle', () => {
      if (details.open && this.contains(document.activeElement)) focusItem(openAt);
      openAt = 0;
    });
    menu.addEventListener('keydown', (event) => {
      const at = items.indexOf(document.activeElement as HTMLAnchorElement);
      const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
      const to = moves[event.key];
      if (to !== undefined) {
        event.preventDefault();
        focusItem(to);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close(true);
      } else if (event.key === 'Tab') {
        close(false);
      } else if (event.key === ' ') {
        event.preventDefault();
        items[at]?.click();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open && this.contains(document.activeElement)) close(true);
    });
    document.addEventListener('click', (event) => {
      if (details.open && !this.contains(event.target as Node)) close(false);
    });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
      if (!link) return;
      if (location.hash) link.hash = location.hash;
    });
  }
}
customElements.define('lang-switch', LangSwitch);
