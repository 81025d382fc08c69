/** `<locale-picker>`: the root page sends a reader to their language (see src/pages/index.astro). */
import { preferredLocalePath, rememberLocale } from './locale-choice.ts';

/**
 * Sends a reader to their language: the one they chose before, else the best match of the
 * browser's languages. With no match the page stays, as it is without JavaScript.
 */
class LocalePicker extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
      if (link) rememberLocale(link.dataset['locale'] ?? '');
    });
    const target = preferredLocalePath();
    if (target) location.replace(`/${target}/${location.hash}`);
  }
}
customElements.define('locale-picker', LocalePicker);
