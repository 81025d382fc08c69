/** Renders search results and the correction notice as DOM nodes: text and `<mark>`, never HTML. */
import { locales } from '../locales.ts';
import type { Part } from './excerpt.ts';

/**
 * One line of the result list. `lang` is the language of a module matched in another language than
 * the reader's: its label, scope and excerpt are shown in that language, marked as such.
 */
export type Hit = { url: string; title: string; code: boolean; meta: string; parts: Part[]; lang: string | undefined };

/** Fills a template's `{{name}}` placeholders with text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Fills a template's `{{query}}` placeholder with an element, the rest as text. */
function fillNode(template: string, node: Node): Node[] {
  const [before = '', after = ''] = template.split(/\{\{\s*query\s*\}\}/);
  return [document.createTextNode(before), node, document.createTextNode(after)];
}

/** Renders hits as links, in rank order. */
export function renderHits(container: HTMLElement, hits: Hit[], matchedIn: string): void {
  const list = document.createElement('ol');
  for (const hit of hits) {
    const a = document.createElement('a');
    a.href = hit.url;
    const title = document.createElement('span');
    title.className = 'r-title';
    if (hit.code) {
      const code = document.createElement('code');
      code.textContent = hit.title;
      title.append(code);
    } else {
      title.textContent = hit.title;
    }
    a.append(title);
    const language = locales.find((l) => l.code === hit.lang)?.name ?? hit.lang;
    if (hit.meta || language) {
      const meta = document.createElement('span');
      meta.className = 'r-meta';
      const described = document.createElement('span');
      described.textContent = hit.meta;
      if (hit.lang) described.lang = hit.lang;
      const note = language ? fill(matchedIn, { language }) : '';
      meta.append(...(hit.meta ? [described] : []), [hit.meta && note ? ' · ' : '', note].join(''));
      a.append(meta);
    }
    const excerpt = document.createElement('span');
    excerpt.className = 'r-excerpt';
    if (hit.lang) excerpt.lang = hit.lang;
    for (const part of hit.parts) {
      if (!part.mark) {
        excerpt.append(part.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
    a.append(excerpt);
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  container.replaceChildren(...(hits.length > 0 ? [list] : []));
}

/**
 * Says that a corrected query was searched ("Showing results for `syslogd`") and links to a search
 * of the query as typed; empties the notice when there was nothing to correct.
 */
export function renderCorrection(
  notice: HTMLElement,
  corrected: { searched: string; typed: string; href: string } | undefined,
  templates: { showing: string; asTyped: string },
): void {
  if (!corrected) {
    notice.replaceChildren();
    notice.hidden = true;
    return;
  }
  const searched = document.createElement('strong');
  searched.textContent = corrected.searched;
  const typed = document.createElement('span');
  typed.textContent = corrected.typed;
  const link = document.createElement('a');
  link.href = corrected.href;
  link.append(...fillNode(templates.asTyped, typed));
  notice.replaceChildren(...fillNode(templates.showing, searched), document.createTextNode(' '), link);
  notice.hidden = false;
}
