/**
 * Runs the system's nginx on the built site with the build's `_nginx.conf`, as an unprivileged user
 * can: its own prefix, pid, logs and temp paths in a temporary folder, listening on loopback only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConfName } from './nginx-config.ts';
import { assertPortFree } from './port.ts';

/** The brotli modules Debian and Ubuntu package (libnginx-mod-http-brotli-static, -filter). */
const brotliModules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];

/** Why nginx cannot be started here, in one line with the fix; undefined when it can. */
export class NginxUnavailable extends Error {}

/** The nginx binary: NGINX_PATH, else `nginx` on the PATH or in the usual sbin folders. */
export function nginxBinary(): string | undefined {
  const chosen = process.env['NGINX_PATH'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const dirs = [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  return dirs.map((d) => join(d, 'nginx')).find((p) => existsSync(p));
}

/** The `load_module` lines for the brotli modules found in this nginx's module folder. */
function brotliLoadLines(binary: string): string[] {
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const dir = /--modules-path=(\S+)/.exec(version.stderr)?.[1] ?? '/usr/lib/nginx/modules';
  const found = brotliModules.map((m) => join(dir, m)).filter((p) => existsSync(p));
  return found.length === brotliModules.length ? found.map((p) => `load_module ${p};`) : [];
}

/** The whole configuration of a private nginx serving `root` on 127.0.0.1:`port`. */
export function standaloneConf(root: string, port: number, temp: string, modules: string[]): string {
  const site = resolve(root);
  const paths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`);
  return [
    ...modules,
    // As root, workers would switch to `nobody`, who may not read the site: keep the caller's user.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${temp}/nginx.pid;`,
    `error_log ${temp}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    ...paths,
    ...(modules.length ? ['  brotli_static on;'] : []),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    server_name localhost;',
    `    root ${site};`,
    `    include ${join(site, nginxConfName)};`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export type RunningNginx = { url: string; brotli: boolean; stop: () => Promise<void> };

/** Waits until something answers on the port, or the process exits. */
async function waitForPort(child: ChildProcess, port: number, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with status ${child.exitCode}: ${log()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  throw new Error(`nginx did not answer on port ${port} within 5 s: ${log()}`);
}

/**
 * Starts nginx on the built site in `root`; throws NginxUnavailable (one line with the fix) when no
 * nginx is installed or the site has no `_nginx.conf`.
 */
export async function startNginx(root: string, port: number): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary)
    throw new NginxUnavailable(
      process.env['NGINX_PATH']
        ? `NGINX_PATH is "${process.env['NGINX_PATH']}", which does not exist: point it at nginx, or unset it.`
        : 'nginx is not installed: install the system package `nginx` (Debian/Ubuntu: sudo apt-get install nginx ' +
            'libnginx-mod-http-brotli-static), or set NGINX_PATH to its binary.',
    );
  if (!existsSync(join(root, nginxConfName)))
    throw new NginxUnavailable(`${join(root, nginxConfName)} is missing: run \`npm run build\` first.`);
  await assertPortFree(port);
  const temp = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  const modules = brotliLoadLines(binary);
  writeFileSync(join(temp, 'nginx.conf'), standaloneConf(root, port, temp, modules));
  // `-e` sets the error log before the configuration is read, so nginx never opens the system's log.
  const child = spawn(binary, ['-p', temp, '-c', join(temp, 'nginx.conf'), '-e', join(temp, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    await waitForPort(child, port, () => stderr.trim().split('\n').slice(-1)[0] ?? '');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, brotli: modules.length > 0, stop };
}
