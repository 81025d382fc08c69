/**
 * `<not-found>`: the root 404 page forwards a short link typed in another letter case and shows the reader's
 * language (see src/pages/404.astro).
 */
import { localeFromPath } from '../locales.ts';
import { preferredLocalePath } from './locale-choice.ts';

class NotFound extends HTMLElement {
  connectedCallback() {
    const [first, second] = location.pathname.split('/').filter(Boolean);
    // A short link in another letter case: the static pages exist in lowercase.
    if (first === 'm' && second && second !== second.toLowerCase()) {
      location.replace(`/m/${second.toLowerCase()}/${location.hash}`);
      return;
    }
    const path = localeFromPath(first)?.path ?? preferredLocalePath();
    if (!path) return;
    const sections = [...this.querySelectorAll<HTMLElement>('section[data-path]')];
    const keep = sections.find((s) => s.dataset['path'] === path);
    if (!keep) return;
    for (const s of sections) s.hidden = s !== keep;
    document.documentElement.lang = keep.lang;
  }
}
customElements.define('not-found', NotFound);
