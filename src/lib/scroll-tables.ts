/**
 * A Markdown (Sätteri) plugin that puts each table of the MDX pages in a container that scrolls
 * sideways on a phone: commands and file names in the cells never wrap inside a token, so a
 * table can be wider than the screen. The container takes focus so a keyboard can scroll it.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginDefinition = Exclude<
  NonNullable<SatteriProcessorOptions['hastPlugins']>[number],
  false | null | undefined | readonly unknown[] | ((...args: never[]) => unknown)
>;

/** The plugin: wraps every `<table>` in `<div class="table-scroll" tabindex="0">`. */
export const scrollTablesPlugin: HastPluginDefinition = {
  name: 'scroll-tables',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      ctx.wrapNode(table, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0 },
        children: [],
      });
    },
  },
};
