/**
 * The page budgets, in gzip bytes per page (issue 6): the build stops when a page of the module table or
 * a module's page is over the HTML budget, and the benches and tests measure against the same figures.
 * They live with the build, which enforces them; `bench/` reads them from here.
 */
export const budgets = { html: 10 * 1024, css: 8 * 1024, js: 5 * 1024 } as const;
