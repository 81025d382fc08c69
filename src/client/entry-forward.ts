/**
 * `<entry-forward>`: lands a hand-typed fragment on its entry (see EntryForward.astro). An element of the page
 * named in another letter case, or by a lowercase or former id's copy, is landed here, with the URL corrected;
 * anything else (a typo, a sign on its module's page, an entry on another page of a split table) is left to
 * `entry-land.ts`, loaded only then, which shows the notice when the fragment names no entry.
 */

/** The URL's fragment, decoded; empty when there is none or it cannot be decoded. */
function currentFragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The id of the element a name targets, in any letter case: a lowercase or former id's copy stands for its entry. */
function idOnPage(name: string): string | undefined {
  const key = name.toLowerCase();
  const el =
    document.getElementById(name) ?? [...document.querySelectorAll('[id]')].find((e) => e.id.toLowerCase() === key);
  if (!el) return undefined;
  return el.classList.contains('alias-anchor') ? (el.parentElement?.closest('[id]')?.id ?? el.id) : el.id;
}

class EntryForward extends HTMLElement {
  connectedCallback() {
    void this.forward();
    window.addEventListener('hashchange', () => void this.forward());
  }

  async forward(): Promise<void> {
    this.notify('', []);
    const fragment = currentFragment();
    if (!fragment) return;
    const here = idOnPage(fragment);
    if (here) {
      // Lands already; the URL names the entry as written (`#INMAIL`, `#inmail` → `#inMail`).
      if (here !== fragment) location.replace(`#${encodeURIComponent(here)}`);
      return;
    }
    // Named in no letter case on this page: the matching loads only now.
    const { land } = await import('./entry-land.ts');
    await land(this, fragment);
  }

  /** Shows the notice for a fragment naming no entry, with links to the closest ones; hides it for ''. */
  notify(fragment: string, candidates: readonly string[]): void {
    const notice = this.querySelector<HTMLElement>('.fragment-notice');
    const suggest = this.querySelector<HTMLElement>('.fragment-suggest');
    const list = this.querySelector<HTMLElement>('.fragment-candidates');
    const name = this.querySelector<HTMLElement>('.fragment-name');
    if (!notice || !suggest || !list || !name) return;
    notice.hidden = !fragment;
    name.textContent = fragment;
    suggest.hidden = candidates.length === 0;
    list.replaceChildren(
      ...candidates.flatMap((id, i) => {
        const link = document.createElement('a');
        link.href = `#${encodeURIComponent(id)}`;
        link.append(Object.assign(document.createElement('code'), { textContent: id }));
        return i > 0 ? [this.dataset['separator'] ?? ', ', link] : [link];
      }),
    );
  }
}

customElements.define('entry-forward', EntryForward);
