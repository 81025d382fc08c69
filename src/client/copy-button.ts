/** `<copy-button>`: copies a link or a command and confirms it (see CopyButton.astro). */
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
    const visible = this.querySelector('.copy-label');
    const status = document.querySelector('copy-strings [role="status"]');
    const strings = document.querySelector<HTMLElement>('copy-strings')?.dataset ?? {};
    if (!button || !visible || !status) return;
    const label = visible.textContent ?? '';
    const kind = this.dataset['kind'] ?? 'command';
    const what = () => {
      const text = this.dataset['copy'];
      if (text === undefined) return this.parentElement?.querySelector('pre')?.textContent?.trim() ?? '';
      if (kind === 'command') return text;
      return new URL(text.startsWith('#') ? location.pathname + text : text, strings['origin'] || location.origin).href;
    };
    let timer: number | undefined;
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
      button.dataset['state'] = ok ? 'copied' : 'failed';
      if (ok) visible.textContent = message ?? '';
      else showFallback(this, message ?? '', text, kind);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        visible.textContent = label;
        delete button.dataset['state'];
        // The status is shared by the page's buttons: leave another button's message alone.
        if (status.textContent === message) status.textContent = '';
      }, 2500);
    };
    button.addEventListener('click', () => void copy());
  }
}
customElements.define('copy-button', CopyButton);
