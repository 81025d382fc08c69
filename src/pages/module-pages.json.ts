/**
 * `/module-pages.json`: the id → page map of the module table, fetched by `<entry-forward>` only
 * when a `#<id>` link names an entry on another page. Small: one id per page plus former ids.
 */
import { getSite } from '../content/site.ts';
import { entryPageMap } from '../lib/table-pages.ts';

/** Returns the map as JSON. */
export async function GET(): Promise<Response> {
  const { modules, table } = await getSite();
  return new Response(JSON.stringify(entryPageMap(table, modules)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
