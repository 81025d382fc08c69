/**
 * `<print-entry>`: prints the entry it sits in (a module table row, a sign) alone: it marks the entry and the
 * page for the print stylesheet (src/styles/print.css), prints, and removes the marks afterwards.
 */
class PrintEntry extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => {
      const entry = this.closest('tr[id], li[id]');
      if (!entry) return;
      const root = document.documentElement;
      entry.classList.add('print-target');
      root.classList.add('print-one');
      const done = () => {
        entry.classList.remove('print-target');
        root.classList.remove('print-one');
      };
      window.addEventListener('afterprint', done, { once: true });
      window.print();
    });
  }
}
customElements.define('print-entry', PrintEntry);
