/** `<short-link>`: a short link page follows the link of the reader's language (see src/pages/m/[id].astro). */
import { preferredLocalePath } from './locale-choice.ts';

/** Follows the link of the reader's language, if there is one; otherwise the list stays. */
class ShortLink extends HTMLElement {
  connectedCallback() {
    const path = preferredLocalePath();
    const link = path && this.querySelector<HTMLAnchorElement>(`a[data-path="${path}"]`);
    if (link) location.replace(link.href);
  }
}
customElements.define('short-link', ShortLink);
