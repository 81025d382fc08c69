/**
 * `<instance-name>`: the reader types their instance name once; it is kept in this browser and written into
 * every command and path of every page that has the field, in place of `<instance>` (see InstanceName.astro).
 * The copy buttons copy what is shown, so a filled command is copied filled.
 */
import { fillInstance, hasInstancePlaceholder, isInstanceName } from '../lib/placeholders.ts';

const key = 'campaign-docs:instance';

/** Returns the stored name, or '' (none, or storage blocked). */
function stored(): string {
  try {
    const name = localStorage.getItem(key) ?? '';
    return isInstanceName(name) ? name : '';
  } catch {
    return '';
  }
}

/** Stores the name; an empty name forgets it. */
function store(name: string): void {
  try {
    if (name) localStorage.setItem(key, name);
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: the name lasts as long as the page.
  }
}

/** Returns the text nodes of the page's code that hold an instance placeholder, each with its text as built. */
function placeholders(): [Text, string][] {
  const found: [Text, string][] = [];
  for (const code of document.querySelectorAll('main code')) {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (hasInstancePlaceholder(text.data)) found.push([text, text.data]);
    }
  }
  return found;
}

class InstanceName extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const error = this.querySelector('.error');
    if (!form || !input || !error) return;
    const found = placeholders();
    const apply = (name: string) => {
      for (const [node, text] of found) node.data = name ? fillInstance(text, name) : text;
    };
    input.value = stored();
    apply(input.value);
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    input.addEventListener('input', () => {
      const name = input.value.trim();
      const ok = name === '' || isInstanceName(name);
      input.setAttribute('aria-invalid', String(!ok));
      error.textContent = ok ? '' : (this.dataset['invalid'] ?? '').replace('{{value}}', name);
      if (!ok) return;
      store(name);
      apply(name);
    });
  }
}
customElements.define('instance-name', InstanceName);
