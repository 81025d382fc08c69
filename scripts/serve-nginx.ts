/**
 * `npm run serve:nginx`: serves the built site through the system's nginx with the configuration
 * the build wrote (`dist/_nginx.conf`), as a production server would. Stops with Ctrl+C.
 *
 * Usage: `node scripts/serve-nginx.ts [dir] [port]` (defaults: DIST_DIR or dist, PORT or 8080).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx-server.ts';

const dir = process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist';
const port = Number(process.argv[3] ?? process.env['PORT'] ?? 8080);
try {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` first (or set DIST_DIR to a built site).`);
  const server = await startNginx(dir, port);
  console.log(
    `Serving ${dir} through nginx at ${server.url}/ (gzip_static${server.brotli ? ', brotli_static' : ''}); ` +
      `Ctrl+C stops it.`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
