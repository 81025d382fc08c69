/**
 * The Content-Security-Policy of every page, also written to `dist/_headers` (scripts/headers.ts)
 * for hosts that read one. Pagefind compiles its WebAssembly at run time, which needs 'wasm-unsafe-eval'
 * (not 'unsafe-eval'); nothing is inline, so no hashes or 'unsafe-inline' are needed.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The referrer policy: other sites learn the origin only, never a page path or a query. */
export const referrerPolicy = 'strict-origin-when-cross-origin';
