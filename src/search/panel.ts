/**
 * When the header's result panel closes: on choosing a result, on Escape from anywhere inside the
 * search, on a click outside it. A click into the box shows the last results again. On the search
 * page the results are the page itself and never close.
 */

/** Wires the closing of a `<site-search>` panel; returns the function that closes it. */
export function panelCloser(root: HTMLElement, panel: HTMLElement, input: HTMLInputElement): () => void {
  const onPage = root.classList.contains('search-page');
  const close = () => {
    if (!onPage) panel.hidden = true;
  };
  if (onPage) return close;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // Also keeps the search box from clearing itself: the query stays for another look.
    event.preventDefault();
    close();
    input.focus();
  });
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) close();
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) close();
  });
  input.addEventListener('click', () => {
    if (input.value.trim() && panel.querySelector('a')) panel.hidden = false;
  });
  return close;
}
