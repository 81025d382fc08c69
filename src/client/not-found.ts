/**
 * `<not-found>`: the 404 pages (src/pages/404.astro, src/pages/[locale]/404.astro). A locale prefix as people
 * type it (`/JA/…`, `/zh/…`) goes to the locale, for hosts without the redirects of the servers we configure;
 * a short link typed in another letter case goes to its lowercase page; the root page shows the reader's
 * language; and the entry the path or the fragment names (`/ja/wfsever/`, `#MTA`) is offered as a link.
 */
import { canonicalLocalePath } from '../lib/locale-prefixes.ts';
import { localeFromPath } from '../locales.ts';
import { preferredLocalePath } from './locale-choice.ts';

/** The URL's fragment, decoded; empty when there is none or it cannot be decoded. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** What in the URL may name an entry: the fragment, then the path's segments from the last. */
function namesInUrl(): string[] {
  const segments = location.pathname.split('/').filter((s) => s && s !== '404.html' && !localeFromPath(s));
  return [fragment(), ...segments.reverse()].filter(Boolean);
}

class NotFound extends HTMLElement {
  connectedCallback() {
    const canonical = canonicalLocalePath(location.pathname);
    if (canonical) {
      location.replace(`${canonical}${location.search}${location.hash}`);
      return;
    }
    const [first, second] = location.pathname.split('/').filter(Boolean);
    // A short link in another letter case: the static pages exist in lowercase.
    if (first === 'm' && second && second !== second.toLowerCase()) {
      location.replace(`/m/${second.toLowerCase()}/${location.hash}`);
      return;
    }
    const sections = [...this.querySelectorAll<HTMLElement>('[data-path]')];
    const path = localeFromPath(first)?.path ?? preferredLocalePath();
    const keep = sections.find((s) => s.dataset['path'] === path);
    if (keep && sections.length > 1) {
      for (const s of sections) s.hidden = s !== keep;
      document.documentElement.lang = keep.lang;
    }
    if (namesInUrl().length > 0) for (const s of keep ? [keep] : sections) void this.offerEntry(s);
  }

  /**
   * Shows a link to the entry the URL names, read from the section's module list (or the fragment alone). The
   * matching of hand-typed fragments loads only when the URL has a name to match.
   */
  async offerEntry(section: HTMLElement): Promise<void> {
    const hint = section.querySelector<HTMLElement>('.entry-hint');
    const slot = hint?.querySelector('.entry-link');
    if (!hint || !slot) return;
    const { matchFragment, signParts } = await import('../lib/fragments.ts');
    const hrefs = new Map<string, string>();
    for (const a of section.querySelectorAll<HTMLAnchorElement>('.entry-index a'))
      hrefs.set(decodeURIComponent(a.hash.slice(1)), a.getAttribute('href') ?? a.href);
    const names = new Map([...hrefs.keys()].map((id) => [id, id]));
    const table = hint.dataset['table'] ?? '';
    for (const name of namesInUrl()) {
      const sign = signParts(name);
      const match = matchFragment(sign ? sign.module : name, names);
      let target: [href: string, text: string] | undefined;
      if (match.kind === 'entry' && sign) {
        // The table moves a sign's anchor to its module's page, and forgives the sign part there.
        const anchor = `${match.id}--${sign.sign}`;
        target = [`${table}#${encodeURIComponent(anchor)}`, anchor];
      } else if (match.kind === 'entry') {
        target = [hrefs.get(match.id)!, match.id];
      } else if (names.size === 0 && name === fragment()) {
        // A split table lists no modules here: its first page forwards the fragment to the page holding it.
        target = [`${table}#${encodeURIComponent(name)}`, name];
      }
      if (!target) continue;
      const link = Object.assign(document.createElement('a'), { href: target[0] });
      link.append(Object.assign(document.createElement('code'), { textContent: target[1] }));
      slot.replaceChildren(link);
      hint.hidden = false;
      return;
    }
  }
}
customElements.define('not-found', NotFound);
