/**
 * Anchors for single ports in the ports tables of the MDX pages (`#port-25-tcp`), so that the
 * runbook's port links land on the row that lists the port. A rehype plugin: the ids come from
 * the port written in the row (`` `25/tcp` ``), the same in every locale.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent } from 'hast';

type HastPluginDefinition = Exclude<
  NonNullable<SatteriProcessorOptions['hastPlugins']>[number],
  false | null | undefined | readonly unknown[] | ((...args: never[]) => unknown)
>;

/** Returns the anchor of a port (`port-25-tcp`, `port-1521` when the table gives no protocol). */
export function portAnchor(port: { number: number; protocol?: string | undefined }): string {
  return `port-${port.number}${port.protocol ? `-${port.protocol}` : ''}`;
}

/** Returns the anchor for a code token that is a port (`25/tcp`, `1521`), or undefined. */
export function portTokenAnchor(token: string): string | undefined {
  const match = /^(\d{1,5})(?:\/(tcp|udp))?$/.exec(token.trim());
  return match ? portAnchor({ number: Number(match[1]), protocol: match[2] }) : undefined;
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** Returns the elements of a subtree with a given tag name, in document order. */
function elements(node: Element, tagName: string): Element[] {
  return node.children
    .filter(isElement)
    .flatMap((c) => [...(c.tagName === tagName ? [c] : []), ...elements(c, tagName)]);
}
/** Returns the text of an element and its descendants. */
function textOf(node: Element): string {
  return node.children
    .map((c) => {
      if (c.type === 'text') return c.value;
      return isElement(c) ? textOf(c) : '';
    })
    .join('');
}

/**
 * The Markdown (Sätteri) plugin: gives each table row the anchor of the first port in its cells,
 * and an empty `<span class="port-anchor">` for each further port of the same row (`443/tcp` or
 * `80/tcp`). A port listed twice on a page keeps its first row.
 */
export const portAnchorsPlugin: HastPluginDefinition = {
  name: 'port-anchors',
  element: {
    filter: ['tr'],
    visit(row, ctx) {
      const seen = ((ctx.data['portAnchors'] as Set<string> | undefined) ??= new Set<string>());
      const anchors = elements(row, 'code')
        .map((code) => portTokenAnchor(textOf(code)))
        .filter((a): a is string => a !== undefined && !seen.has(a));
      const [first, ...more] = [...new Set(anchors)];
      if (!first) return;
      for (const a of anchors) seen.add(a);
      ctx.setProperty(row, 'id', first);
      const cell = row.children.find(isElement);
      if (cell && more.length > 0)
        ctx.prependChild(
          cell,
          more.map((id): Element => ({
            type: 'element',
            tagName: 'span',
            properties: { id, className: ['port-anchor'] },
            children: [],
          })),
        );
    },
  },
};
