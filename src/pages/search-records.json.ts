/**
 * `/search-records.json`: the entry records of the search index (`src/search/records.ts`), written
 * by the build from the collections it has already validated. `scripts/search-index.ts` reads it
 * from the staged site and deletes it: it is never published.
 */
import { getSite } from '../content/site.ts';
import { entryRecords } from '../search/records.ts';

/** Returns the records as JSON. */
export async function GET(): Promise<Response> {
  const { modules, signs } = await getSite();
  return new Response(JSON.stringify(entryRecords(modules, signs)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
