/** `<locale-picker>`: the root page sends a reader to their language (see src/pages/index.astro). */
import { preferredLocalePath } from './locale-choice.ts';

/**
 * Sends a reader to their language: the one they read or chose last (the page a language link opens
 * remembers it), else the best match of the browser's languages. With no match, or with `?choose`,
 * the page stays, as it is without JavaScript.
 */
class LocalePicker extends HTMLElement {
  connectedCallback() {
    const target = preferredLocalePath();
    if (target) location.replace(`/${target}/${location.hash}`);
  }
}
customElements.define('locale-picker', LocalePicker);
