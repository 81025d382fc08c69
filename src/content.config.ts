import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lazyReferences } from './lib/content-refs.ts';
import { modulesFile, parseModulesYaml } from './lib/modules-file.ts';
import { modulePageSchema, moduleSchema, pageSchema } from './lib/schema.ts';
import { parse } from 'yaml';

const modulePageFile = 'content/modules-page.yaml';

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
  schema: moduleSchema(modulesFile, lazyReferences(modulesFile, 'content/pages')),
});

/** Metadata of the module page in every locale (title, intro, upstream translation facts). */
const modulePage = defineCollection({
  loader: file(modulePageFile, { parser: loud((text) => parse(text) as Record<string, unknown>[]) }),
  schema: modulePageSchema(modulePageFile),
});

/** The linked pages, one MDX file per page and locale: `content/pages/<locale>/<page>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { modules, modulePage, pages };
