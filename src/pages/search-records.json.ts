/**
 * `/search-records.json`: the module records of the search index (`src/search/records.ts`), written
 * by the build from the collection it has already validated. `scripts/search-index.ts` reads it
 * from the staged site and deletes it: it is never published.
 */
import { getSite } from '../content/site.ts';
import { moduleRecords } from '../search/records.ts';

/** Returns the records as JSON. */
export async function GET(): Promise<Response> {
  const { modules } = await getSite();
  return new Response(JSON.stringify(moduleRecords(modules)), { headers: { 'Content-Type': 'application/json' } });
}
