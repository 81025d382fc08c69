/**
 * Where a fragment that names no element of the page leads, loaded by `<entry-forward>` only then (the
 * matching stays out of every page's first load): a typo or former id of an entry here, a sign on its module's
 * page, an entry on another page of a split table, the table from a module page, or the notice.
 */
import { matchFragment, signParts, textAnchor } from '../lib/fragments.ts';
import { pageForFragment, type EntryPageMap } from '../lib/table-pages.ts';

/** What the lander needs of `<entry-forward>`: its data attributes and its notice. */
export type Forwarder = { dataset: DOMStringMap; notify(fragment: string, candidates: readonly string[]): void };

/**
 * The entries of the page by every name they answer to: id, lowercase copy, former ids; a sign also by its
 * module and the text as seen (`mta--start-pending`), when no other sign of the page makes the same name.
 */
function names(el: Forwarder): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, string | undefined>();
  for (const entry of document.querySelectorAll<HTMLElement>(el.dataset['entries'] ?? 'none')) {
    out.set(entry.id, entry.id);
    for (const alias of entry.querySelectorAll('.alias-anchor')) out.set(alias.id, entry.id);
    const text = entry.querySelector(el.dataset['seen'] ?? 'none')?.textContent;
    const sign = signParts(entry.id);
    if (!text || !sign) continue;
    const name = `${sign.module}--${textAnchor(text)}`;
    seen.set(name, seen.has(name) ? undefined : entry.id);
  }
  for (const [name, id] of seen) if (id && !out.has(name)) out.set(name, id);
  return out;
}

/** A module page: a typo of one of its signs lands on it; other fragments go to the table, which knows every entry. */
function onModulePage(el: Forwarder, fragment: string): void {
  const match = matchFragment(fragment, names(el));
  if (match.kind === 'entry') location.replace(`#${encodeURIComponent(match.id)}`);
  else if (signParts(fragment)?.module.toLowerCase() !== el.dataset['module'])
    location.replace(`${el.dataset['base'] ?? ''}#${encodeURIComponent(fragment)}`);
  else el.notify(fragment, match.candidates);
}

/** On a split table, the page an id belongs on (alphabetical ranges, former ids); undefined on one page. */
async function pageOf(el: Forwarder, name: string): Promise<number | undefined> {
  if (!el.dataset['map']) return undefined;
  const response = await fetch(el.dataset['map']);
  if (!response.ok) return undefined;
  return pageForFragment((await response.json()) as EntryPageMap, name.toLowerCase());
}

/** A page of the module table: rows here, a sign on its module's page, an entry on another page of a split table. */
async function onTable(el: Forwarder, fragment: string): Promise<void> {
  const sign = signParts(fragment);
  const name = sign ? sign.module : fragment;
  // On a split table, the page the name sorts into (or a former id's) lands it, typos included.
  const page = await pageOf(el, name);
  if (page !== undefined && page !== Number(el.dataset['page'])) {
    const base = el.dataset['base'] ?? '';
    location.replace(`${base}${page > 1 ? `${page}/` : ''}#${encodeURIComponent(fragment.toLowerCase())}`);
    return;
  }
  const match = matchFragment(name, names(el));
  if (match.kind === 'unknown') {
    el.notify(fragment, match.candidates);
  } else if (!sign) {
    location.replace(`#${encodeURIComponent(match.id)}`);
  } else if (document.getElementById(match.id)?.querySelector('.signs-link')) {
    // A sign of a module on this page: its module's page holds its signs and lands a typo of one.
    const anchor = encodeURIComponent(`${match.id}--${sign.sign}`);
    location.replace(`${el.dataset['modules'] ?? ''}${match.id.toLowerCase()}/#${anchor}`);
  } else {
    el.notify(fragment, []);
  }
}

/** Leads a fragment that names no element of the page where it belongs, or shows the notice. */
export async function land(el: Forwarder, fragment: string): Promise<void> {
  if (el.dataset['module'] !== undefined) onModulePage(el, fragment);
  else await onTable(el, fragment);
}
