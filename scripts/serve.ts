/**
 * A static file server for the built site, used by the tests and benchmarks. `astro preview`
 * allows one server per project (a second one refuses to start), which rules out a benchmark
 * beside a test run; this one also answers a missing page the way static hosts such as
 * Cloudflare Pages do: with the nearest `404.html` up the path, status 404; and sends the build's
 * precompressed `.br` or `.gz` file to a browser that accepts it. A locale prefix as people type it (`/JA/…`,
 * `/zh/…`) is redirected to the locale's own path, as the nginx configuration and Netlify's rules do.
 *
 * Usage: `node scripts/serve.ts [dir] [port]` (defaults: DIST_DIR or dist, PORT or 4321).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { canonicalLocalePath } from '../src/lib/locale-prefixes.ts';
import { assertPortFree } from './port.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Precompressed variants written by the build, best first. */
const encodings = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
];

/** Starts serving `root` on `port`; resolves with the listening server. */
export function startServer(root: string, port: number): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const canonical = canonicalLocalePath(url.pathname);
    if (canonical) {
      res.writeHead(301, { location: `${canonical}${url.search}`, 'cache-control': 'no-cache' }).end();
      return;
    }
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const send = (file: string, status: number) => {
      // The build's precompressed variant, as nginx's brotli_static and gzip_static would choose it.
      const variant = encodings.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(file + e.ext));
      res.writeHead(status, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'Accept-Encoding',
        ...(variant ? { 'content-encoding': variant.name } : {}),
      });
      createReadStream(variant ? file + variant.ext : file).pipe(res);
    };
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (existsSync(path) && statSync(path).isFile()) {
      send(path, 200);
      return;
    }
    // The nearest 404.html up the requested path (a localized 404 under /<locale>/).
    const parts = url.pathname.split('/').filter(Boolean);
    for (let i = parts.length; i >= 0; i--) {
      const candidate = join(base, ...parts.slice(0, i), '404.html');
      if (candidate.startsWith(base) && existsSync(candidate)) {
        send(candidate, 404);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env['PORT'] ?? 4321);
  try {
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`${dir}/index.html is missing: run \`npm run build\` first (or set DIST_DIR to a built site).`);
    await assertPortFree(port, '::');
    await startServer(dir, port);
    console.log(`Serving ${dir} at http://localhost:${port}/`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
