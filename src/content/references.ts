/**
 * What content may refer to, resolved in one place. Zod sees one entry at a time, so the references (the
 * module ids, and every page with the anchors all its locales define) are built once per run — from the
 * files for the build (`read-references.ts`), from the linted text for the lint — and every link, anchor and
 * module id of the
 * content is resolved against them by the functions below (the `references` and `page-files` rules).
 */
import { modulePageId } from '../lib/urls.ts';
import { quote } from './finding.ts';

/** What a module entry may refer to: the module ids, and every page id with the anchors all its locales define. */
export type References = { modules: ReadonlySet<string>; pages: ReadonlyMap<string, ReadonlySet<string>> };

/** Returns the ids defined in MDX source (`<h2 id="…">`), the anchors a link may target. */
export function anchorsInMdx(body: string): Set<string> {
  return new Set([...body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * Returns the page id plus the anchors that every locale defines: a link must work whatever the
 * reader's language, so an anchor missing in one locale is not offered.
 */
export function commonAnchors(page: string, perLocale: readonly ReadonlySet<string>[]): Set<string> {
  const [first = new Set<string>()] = perLocale;
  return new Set([page, ...[...first].filter((a) => perLocale.every((s) => s.has(a)))]);
}

/**
 * Builds the references from the module ids and, per locale folder, each page's MDX source by page id.
 * The module table is a page too: its anchors are its H1 and one per module id.
 */
export function buildReferences(
  moduleIds: readonly string[],
  pagesByLocale: readonly ReadonlyMap<string, string>[],
): References {
  const pages = new Map<string, ReadonlySet<string>>([[modulePageId, new Set([modulePageId, ...moduleIds])]]);
  const anchors = pagesByLocale.map((byId) => new Map([...byId].map(([id, body]) => [id, anchorsInMdx(body)])));
  for (const id of new Set(anchors.flatMap((m) => [...m.keys()])))
    pages.set(
      id,
      commonAnchors(
        id,
        anchors.map((m) => m.get(id) ?? new Set<string>()),
      ),
    );
  return { modules: new Set(moduleIds), pages };
}

/** What is wrong with a reference, and the fix; undefined when it resolves. */
export type Unresolved = { message: string; fix: string } | undefined;

/** Resolves a link to a page (and an anchor on it) that every locale of the page defines. */
export function resolvePage(refs: References, page: string, anchor: string | undefined): Unresolved {
  const anchors = refs.pages.get(page);
  if (!anchors)
    return {
      message: `the page ${quote(page)} does not exist`,
      fix: `use one of ${[...refs.pages.keys()].join(', ')}`,
    };
  if (anchor === undefined || anchors.has(anchor)) return undefined;
  return {
    message: `the page ${quote(page)} has no anchor ${quote(`#${anchor}`)} in every locale`,
    fix: `use one of ${[...anchors].map((a) => `#${a}`).join(', ')}`,
  };
}

/** Resolves a module id, suggesting the id written in another letter case. */
export function resolveModule(refs: References, id: string): Unresolved {
  if (refs.modules.has(id)) return undefined;
  const near = [...refs.modules].find((m) => m.toLowerCase() === id.toLowerCase());
  return {
    message: `${quote(id)} is not a module id`,
    fix: near ? `write "${near}"` : `use one of ${[...refs.modules].join(', ')}`,
  };
}
