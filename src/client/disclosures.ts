/**
 * Disclosures (`<details>`) of the page content: the one holding the targeted element opens, and
 * the ones the reader opened are open again after Back or a reload (kept in the history entry).
 */

export const all = () => [...document.querySelectorAll<HTMLDetailsElement>('main details')];

/** Opens every disclosure around the element the URL fragment targets. */
function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  let node = id ? document.getElementById(id)?.parentElement : null;
  let opened = false;
  for (; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      node.open = true;
      opened = true;
    }
  }
  if (opened) document.getElementById(id)?.scrollIntoView();
}

/** Records which disclosures are open in the current history entry. */
function remember(): void {
  const open = all().flatMap((d, i) => (d.open ? [i] : []));
  history.replaceState({ ...(history.state as object | null), openDisclosures: open }, '');
}

const state = history.state as { openDisclosures?: unknown } | null;
if (Array.isArray(state?.openDisclosures)) {
  const details = all();
  for (const i of state.openDisclosures) if (typeof i === 'number' && details[i]) details[i].open = true;
}
revealTarget();
window.addEventListener('hashchange', revealTarget);
// `toggle` does not bubble: listen in the capture phase.
document.addEventListener('toggle', (event) => event.target instanceof HTMLDetailsElement && remember(), true);
