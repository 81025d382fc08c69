/**
 * Rule `page-modules`: the modules a page's front matter names (`modules:`) exist. The page lists them
 * and links to their entries, resolved against the one set of references built per run.
 */
import { resolveModule } from '../references.ts';
import type { PagesRule } from './rule.ts';

/** Reports each module id of a page's front matter that is not a module. */
export const pageModules: PagesRule = {
  name: 'page-modules',
  target: 'pages',
  check: (pages, refs) =>
    refs
      ? pages.flatMap(({ file, slug, data }) =>
          (Array.isArray(data['modules']) ? (data['modules'] as unknown[]) : []).flatMap((id, i) => {
            const why = resolveModule(refs, String(id));
            return why ? [{ ...why, file, entry: slug, field: 'modules', path: ['modules', i] }] : [];
          }),
        )
      : [],
};
