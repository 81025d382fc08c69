/** `<copy-button>`: copies a link or a command and confirms it (see CopyButton.astro). */
const confirmations = { link: 'Link', short: 'Short', command: 'Command' } as Record<string, string>;

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
      try {
        await navigator.clipboard.writeText(what());
      } catch {
        ok = false;
      }
      const message = ok
        ? strings[`copied${confirmations[kind] ?? ''}`]
        : strings[`failed${kind === 'command' ? 'Command' : 'Link'}`];
      status.textContent = message ?? '';
      if (ok) visible.textContent = message ?? '';
      button.dataset['state'] = ok ? 'copied' : 'failed';
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
