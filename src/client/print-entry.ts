/**
 * `<print-entry>` (PrintEntry.astro): prints the entry it sits in (a module table row, a sign) alone, with
 * src/styles/print.css. Loaded with the copy buttons, which every entry has: a print button costs no script of
 * its own to fetch, and pages without entries load none of it.
 */
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
