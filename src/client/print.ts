/**
 * Printing (with src/styles/print.css): every disclosure prints open, and `<print-entry>` (PrintEntry.astro)
 * prints the entry it sits in alone. In the layout's script, which every page loads: a print button has no
 * script of its own to fetch.
 */
import { all } from './disclosures.ts';

// Paper cannot open a disclosure: every one opens for printing (the stylesheet does the same where the browser
// exposes ::details-content) and the ones the reader had closed close again afterwards.
let closed: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  closed = all().filter((d) => !d.open);
  for (const d of closed) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of closed) d.open = false;
  closed = [];
});

/** Prints the entry it sits in (a module table row, a sign) alone: marks it and the page, prints, unmarks. */
class PrintEntry extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => {
      const entry = this.closest('tr[id], li[id]');
      if (!entry) return;
      const page = document.documentElement.classList;
      entry.classList.add('print-target');
      page.add('print-one');
      const done = () => {
        entry.classList.remove('print-target');
        page.remove('print-one');
      };
      window.addEventListener('afterprint', done, { once: true });
      window.print();
    });
  }
}
customElements.define('print-entry', PrintEntry);
