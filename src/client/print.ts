/**
 * Printing (with src/styles/print.css): every disclosure prints open. In the layout's script, which every page
 * loads; the "print this entry" button is src/client/print-entry.ts.
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
