/** Front matter of the MDX pages, validated by the `pages` collection. */
import { z } from 'astro/zod';

/** Front matter of an MDX page in `content/pages/<locale>/<page>.mdx`. */
export const pageSchema = z.object({
  /** Stable page id: URL slug and H1 id, the same in every locale. */
  page: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Page title (H1 and `<title>`), in the page's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for search engines and the home page. */
  description: z.string().trim().min(1),
  /** Module ids the page concerns; each must exist in the module collection. */
  modules: z.array(z.string()).default([]),
  /** Path of the English source in AdobeDocs/campaign-classic.en the facts come from. */
  source: z.string(),
});
export type PageFrontmatter = z.output<typeof pageSchema>;
