/**
 * The public link contract: every URL and fragment the site has ever published, kept in
 * `tests/contract/public-urls.json`. Support tickets link to these, so the list only grows:
 * `npm run contract:update` adds what the current content publishes and never removes anything.
 * `tests/dist/pages.test.ts` fails when a build stops serving any listed URL or fragment —
 * a renamed module must keep its old id as an alias (`aliases:` in content/modules.yaml), and a sign's id
 * (its anchor `<module>--<id>`) is never changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { locales } from '../../src/locales.ts';
import {
  homeUrl,
  modulePageId,
  modulePageUrl,
  moduleUrl,
  pageUrl,
  shortUrl,
  signAnchor,
  signUrl,
} from '../../src/lib/urls.ts';
import { loadModules } from '../../src/content/modules-file.ts';
import { loadSigns } from '../../src/content/signs-file.ts';

const file = 'tests/contract/public-urls.json';
const pageIds = [modulePageId, 'log-precision', 'tracking-logs-issues', 'general-architecture', 'search'];

type Contract = { about: string; pages: string[]; entries: string[]; shortLinks: string[] };

const modules = loadModules();
const signs = loadSigns(modules.map((m) => m.id));
const signModules = [...new Set(signs.map((s) => s.module))];
const current: Contract = {
  about:
    'Public URLs and fragments (pages × locales, module entries and signs × locales, short links). Only ever ' +
    'add: npm run contract:update.',
  pages: [
    '/',
    ...locales.flatMap((l) => [
      homeUrl(l.code),
      ...pageIds.map((p) => pageUrl(l.code, p)),
      ...signModules.map((id) => modulePageUrl(l.code, id)),
    ]),
  ],
  entries: locales.flatMap((l) => [
    ...modules.flatMap((m) => [m.id, ...m.aliases].map((id) => moduleUrl(l.code, id))),
    ...signs.map((s) => signUrl(l.code, s)),
  ]),
  shortLinks: [
    ...modules.flatMap((m) => [m.id, ...m.aliases].map(shortUrl)),
    ...signs.map((s) => shortUrl(signAnchor(s))),
  ],
};
const previous: Contract = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as Contract)
  : { ...current, pages: [], entries: [], shortLinks: [] };
const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const next: Contract = {
  about: current.about,
  pages: merge(previous.pages, current.pages),
  entries: merge(previous.entries, current.entries),
  shortLinks: merge(previous.shortLinks, current.shortLinks),
};
const added =
  next.pages.length +
  next.entries.length +
  next.shortLinks.length -
  (previous.pages.length + previous.entries.length + previous.shortLinks.length);
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
console.log(
  `${file}: ${next.pages.length} pages, ${next.entries.length} entries, ${next.shortLinks.length} ` +
    `short links (${added} added)`,
);
