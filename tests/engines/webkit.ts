/**
 * The system WebKitGTK (Debian's `webkit2gtk-driver`) driven over classic WebDriver by its own driver,
 * `WebKitWebDriver`, which starts WebKit's MiniBrowser in automation mode. WebKitGTK needs an X display:
 * a private Xvfb, asked for a free display number itself (`-displayfd`), which is what `xvfb-run -a`
 * guesses at and cannot do safely beside other jobs. The client is Node's own `fetch`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { exited, killOnExit } from './firefox.ts';
import { Tab, type ActionSequence } from './tab.ts';

type Answer = { value: unknown };

class WebKitTab extends Tab {
  readonly engine = 'webkit';
  session = '';
  private readonly driver: string;
  private readonly processes: ChildProcess[];

  constructor(origin: string, driver: string, processes: ChildProcess[]) {
    super(origin);
    this.driver = driver;
    this.processes = processes;
  }

  /** Sends one WebDriver command of the session; rejects with the driver's error. */
  async send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
    const url = `${this.driver}/session${this.session ? `/${this.session}` : ''}${path}`;
    const response = await fetch(url, {
      method,
      ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    const { value } = (await response.json()) as Answer;
    if (!response.ok) {
      const { error, message } = value as { error: string; message: string };
      throw new Error(`webkit: ${method} ${path}: ${error}: ${message}`);
    }
    return value as T;
  }

  async goto(path: string): Promise<void> {
    await this.send('POST', '/url', { url: this.origin + path });
    await this.recordErrors();
  }

  protected async call(source: string, json: string): Promise<string | undefined> {
    const script = `return (async (json) => JSON.stringify(await (${source})(...JSON.parse(json))))(arguments[0])`;
    return (await this.send<string | null>('POST', '/execute/sync', { script, args: [json] })) ?? undefined;
  }

  protected async perform(actions: ActionSequence[]): Promise<void> {
    await this.send('POST', '/actions', { actions });
    await this.send('DELETE', '/actions');
  }

  /** The browser's frame around the viewport (window size less viewport size), measured once. */
  private frame: readonly [number, number] | undefined;

  async resize(width: number, height: number): Promise<void> {
    // The window rectangle includes the browser's frame; measured at a size above MiniBrowser's minimum
    // window width (447 px), below which the viewport stays at that width.
    if (!this.frame) {
      await this.send('POST', '/window/rect', { width: 1024, height: 768 });
      this.frame = await this.run(() => [1024 - innerWidth, 768 - innerHeight] as const);
    }
    const [dx, dy] = this.frame;
    await this.send('POST', '/window/rect', { width: width + dx, height: height + dy });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  async close(): Promise<void> {
    await this.send('DELETE', '').catch(() => undefined);
    for (const child of this.processes.reverse()) {
      child.kill();
      await exited(child, 3000);
    }
  }
}

/** A TCP port that was free a moment ago, for the driver to listen on. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts Xvfb on a display of its choosing and resolves with the display's name (`:99`). */
function startXvfb(binary: string): Promise<{ display: string; child: ChildProcess }> {
  const child = killOnExit(
    spawn(binary, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    }),
  );
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display in 10 s')), 10_000);
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      done({ display: `:${String(chunk).trim()}`, child });
    });
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before reporting a display`)));
  });
}

/** Starts Xvfb and WebKitWebDriver and opens a session (one MiniBrowser window). */
export async function openWebKit(driverBinary: string, xvfbBinary: string, origin: string): Promise<Tab> {
  const xvfb = await startXvfb(xvfbBinary);
  const port = await freePort();
  const driver = killOnExit(
    spawn(driverBinary, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } }),
  );
  const tab = new WebKitTab(origin, `http://127.0.0.1:${port}`, [xvfb.child, driver]);
  const until = performance.now() + 10_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.json() as Promise<{ value: { ready: boolean } }>)
      .then((s) => s.value.ready)
      .catch(() => false);
    if (ready) break;
    if (performance.now() > until) {
      await tab.close();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  const session = await tab.send<{ sessionId: string }>('POST', '', { capabilities: {} });
  tab.session = session.sessionId;
  return tab;
}
