/**
 * The instance field (see InstanceName.astro), loaded by src/client/instance-boot.ts when needed: the name the
 * reader types is kept in this browser (under `key`) and written into every command and path of the page in
 * place of `<instance>`. The copy buttons copy what is shown, so a filled command is copied filled.
 */
import { fillInstance, hasInstancePlaceholder, isInstanceName } from '../lib/instance-name.ts';

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

/** Fills the page with the stored name and keeps it in step with the field; an invalid name is refused. */
export function enhance(field: HTMLElement, key: string): void {
  const input = field.querySelector('input');
  const error = field.querySelector('.error');
  if (!input || !error) return;
  const found = placeholders();
  const update = () => {
    const name = input.value.trim();
    const ok = name === '' || isInstanceName(name);
    input.setAttribute('aria-invalid', String(!ok));
    error.textContent = ok ? '' : (field.dataset['invalid'] ?? '').replace('{{value}}', name);
    if (!ok) return;
    for (const [node, text] of found) node.data = name ? fillInstance(text, name) : text;
    try {
      if (name) localStorage.setItem(key, name);
      else localStorage.removeItem(key);
    } catch {
      // Storage blocked: the name lasts as long as the page.
    }
  };
  // Typed before this script arrived, or stored.
  if (!input.value) {
    try {
      input.value = localStorage.getItem(key) ?? '';
    } catch {
      // Storage blocked: nothing stored.
    }
  }
  update();
  input.addEventListener('input', update);
}
