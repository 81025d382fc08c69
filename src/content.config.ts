/** The content collections: the module table, its page metadata, the MDX pages and the signs of each module. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { modulePageSchema } from './content/module-page-schema.ts';
import { moduleSchema } from './content/module-schema.ts';
import { parseModulesYaml } from './content/modules-file.ts';
import { pageSchema } from './content/page-schema.ts';
import { modulePageFile, modulesFile, pagesDir } from './content/paths.ts';
import { siteReferences } from './content/read-references.ts';
import { moduleIdsOf } from './content/modules-file.ts';
import { signFiles, parseSignsFile } from './content/signs-file.ts';
import { signEntrySchema } from './content/sign-schema.ts';
import { signAnchor } from './lib/urls.ts';
import { readFileSync } from 'node:fs';

/**
 * Astro's file() loader catches a parser's error, logs only "Error reading data from <file>" and
 * goes on with an empty collection; print the parser's own message (file, entry, fix) first.
 */
function loud<T>(parser: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parser(text);
    } catch (error) {
      console.error(`\n${(error as Error).message}\n`);
      throw error;
    }
  };
}

/** The module table, once, with every locale's strings. */
const modules = defineCollection({
  loader: file(modulesFile, { parser: loud((text) => parseModulesYaml(text, modulesFile)) }),
  // The facts refer to other modules and to page anchors, which one entry alone cannot check.
  schema: moduleSchema(modulesFile, siteReferences),
});

/** Metadata of the module page in every locale (title, intro, upstream translation facts). */
const modulePage = defineCollection({
  loader: file(modulePageFile, { parser: loud((text) => parse(text) as Record<string, unknown>[]) }),
  schema: modulePageSchema(modulePageFile),
});

/** The linked pages, one MDX file per page and locale: `content/pages/<locale>/<page>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${pagesDir}` }),
  schema: pageSchema,
});

/**
 * The signs of every module (`content/signs/<module id>.yaml`), one entry per sign, its id the sign's
 * anchor (`mta--start-pending`). The files are checked whole (ids, module names) before any entry is stored.
 */
const signs = defineCollection({
  loader: {
    name: 'signs',
    load: async (context) => {
      const { store, watcher } = context;
      const ids = moduleIdsOf(readFileSync(modulesFile, 'utf8'), modulesFile);
      store.clear();
      for (const file of signFiles()) {
        watcher?.add(file);
        const list = loud((text) => parseSignsFile(file, text, ids))(readFileSync(file, 'utf8'));
        for (const [position, sign] of list.entries()) {
          const id = signAnchor(sign);
          store.set({ id, data: await context.parseData({ id, data: { ...sign, position } }) });
        }
      }
    },
  },
  schema: signEntrySchema,
});

export const collections = { modules, modulePage, pages, signs };
