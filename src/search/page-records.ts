/**
 * The search records of a locale's pages: one per section (the text from one heading to the next),
 * so that a result fetches the section it shows, not the whole page. Built from the page's
 * `data-pagefind-body` element, without its `data-pagefind-ignore` parts (copy buttons). A `kind`
 * filter tells them from module records, which ranking counts alone to weigh words.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { SearchRecord } from './contract.ts';
import { indexLanguage, prepareIndexText } from './text.ts';

/** Elements that end a run of text: a space keeps the words of two cells or items apart. */
const blockEnd = /<\/(p|li|td|th|tr|dt|dd|pre|div|h[1-6]|table|ul|ol|figcaption)>|<br\s*\/?>/gi;

/** Text of an element, white space collapsed. */
const textOf = (el: HTMLElement) => el.text.replace(/\s+/g, ' ').trim();

/**
 * Returns the section records of one built page (`url` is its path): each titled with its heading
 * (`meta.title`), carrying the page's title (`meta.page`), and linking to the heading's anchor.
 */
export function pageSectionRecords(html: string, url: string): SearchRecord[] {
  // A `<pre>` is parsed as elements, not kept as raw text (node-html-parser's default): a command block's
  // markup (`<code class="words">`, its `<span>` pieces) must never reach the index or an excerpt.
  const options = { blockTextElements: { script: true, style: true, noscript: true } };
  const body = parse(
    html.replace(blockEnd, (end) => ` ${end}`),
    options,
  ).querySelector('[data-pagefind-body]');
  if (!body) return [];
  // Copy buttons are left out by name: the module table holds some eighty, and an attribute on each would weigh.
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], copy-button')) ignored.remove();
  const page = textOf(body.querySelector('h1') ?? body);
  const sections: { id: string; title: string; text: string[] }[] = [];
  for (const node of body.childNodes) {
    const el = node as HTMLElement;
    const heading = /^h[1-3]$/i.test(el.tagName ?? '') && el.id ? el : undefined;
    if (heading) sections.push({ id: heading.id, title: textOf(heading), text: [] });
    else if (sections.length > 0) sections.at(-1)!.text.push(node.text);
  }
  return sections
    .map((s) => ({ ...s, content: s.text.join(' ').replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.content)
    .map((s) => ({
      url: `${url}#${s.id}`,
      content: prepareIndexText(s.content),
      language: indexLanguage,
      meta: { title: prepareIndexText(s.title), page: prepareIndexText(page) },
      filters: { kind: ['page'] },
    }));
}
