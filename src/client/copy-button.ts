/** `<copy-button>`: copies a link or a command and confirms it (see CopyButton.astro). */
import { quotePlaceholders } from '../lib/placeholders.ts';

const confirmations = { link: 'Link', short: 'Short', command: 'Command' } as Record<string, string>;

/**
 * When the browser refuses to copy, says so visibly under the button and makes the text easy to copy by hand:
 * a link (which the page does not show) in a field of its own, selected; a command (shown beside the button)
 * selected where it stands. The message tells the reader to press Ctrl+C.
 */
function showFallback(host: HTMLElement, message: string, text: string, kind: string): void {
  let box = host.querySelector<HTMLElement>('.copy-fallback');
  if (!box) {
    box = document.createElement(kind === 'command' ? 'span' : 'label');
    box.className = 'copy-fallback';
    box.append(document.createElement('span'));
    if (kind !== 'command') box.append(document.createElement('input'));
    host.append(box);
  }
  box.querySelector('span')!.textContent = message;
  const field = box.querySelector('input');
  if (field) {
    field.readOnly = true;
    // A small intrinsic width: the field fills the width its cell already has and never widens a table column.
    field.size = 8;
    field.value = text;
    field.focus();
    field.select();
    return;
  }
  const pre = host.parentElement?.querySelector('pre');
  if (pre) window.getSelection()?.selectAllChildren(pre);
}

/** Copies `data-copy` (or the code block beside it) to the clipboard and says so, visibly and to screen readers. */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = document.querySelector('copy-strings [role="status"]');
    const strings = document.querySelector<HTMLElement>('copy-strings')?.dataset ?? {};
    if (!button || !status) return;
    const kind = this.dataset['kind'] ?? 'command';
    const shown = () => this.parentElement?.querySelector('pre, code')?.textContent?.trim() ?? '';
    const what = () => {
      const text = this.dataset['copy'];
      // A command or path is copied as shown (the reader's instance filled in), its placeholders quoted.
      if (text === undefined) return quotePlaceholders(shown());
      if (kind === 'command') return quotePlaceholders(text);
      return new URL(text.startsWith('#') ? location.pathname + text : text, strings['origin'] || location.origin).href;
    };
    // A button given no context in the HTML is named after what it copies (see CopyButton.astro).
    if (!button.querySelector('.visually-hidden')) {
      const context = button.appendChild(document.createElement('span'));
      context.className = 'visually-hidden';
      // A link to an entry (`#stat`, `/m/stat/`) is named after the entry.
      context.textContent = ` ${this.dataset['copy']?.replace(/^#|^\/m\/|\/$/g, '') ?? shown()}`;
    }
    let timer: number | undefined;
    let done: HTMLElement | undefined;
    const copy = async () => {
      let ok = true;
      const text = what();
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      const message = ok
        ? strings[`copied${confirmations[kind] ?? ''}`]
        : strings[`failed${kind === 'command' ? 'Command' : 'Link'}`];
      status.textContent = message ?? '';
      // Shown over the button rather than in it, so that the button keeps its size; the status region says it.
      if (ok) {
        done ??= this.appendChild(document.createElement('span'));
        done.className = 'copy-done';
        done.ariaHidden = 'true';
        done.textContent = message ?? '';
      }
      button.dataset['state'] = ok ? 'copied' : 'failed';
      if (!ok) showFallback(this, message ?? '', text, kind);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        done?.remove();
        done = undefined;
        delete button.dataset['state'];
        // The status is shared by the page's buttons: leave another button's message alone.
        if (status.textContent === message) status.textContent = '';
      }, 2500);
    };
    button.addEventListener('click', () => void copy());
  }
}
customElements.define('copy-button', CopyButton);
