/**
 * The system Firefox (Debian's `firefox-esr`) driven over WebDriver BiDi, which Firefox serves itself
 * (`--remote-debugging-port`): no geckodriver, which Debian does not package and which cannot be downloaded
 * here. The client is Node's own WebSocket and a dozen commands of the W3C protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordPageErrors, Tab, type ActionSequence } from './tab.ts';

/** Preferences of the throwaway profile, beyond those Firefox's remote agent sets for automation. */
const prefs = {
  // Fragment landings and clicks measured where they end, not during a smooth scroll.
  'general.smoothScroll': false,
  // Nothing outside the test: no first-run pages, reports or background fetches.
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.aboutwelcome.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
};

type Message = { id?: number; type: string; result?: unknown; error?: string; message?: string };
type Evaluated = { type: 'success' | 'exception'; result?: { value?: string }; exceptionDetails?: { text: string } };

class FirefoxTab extends Tab {
  readonly engine = 'firefox';
  private next = 0;
  private readonly pending = new Map<number, (m: Message) => void>();
  context = '';
  private readonly socket: WebSocket;
  private readonly process: ChildProcess;
  private readonly profile: string;

  constructor(origin: string, socket: WebSocket, process: ChildProcess, profile: string) {
    super(origin);
    this.socket = socket;
    this.process = process;
    this.profile = profile;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as Message;
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
  }

  /** Sends one BiDi command and resolves with its result; rejects with the protocol's error. */
  async send<T>(method: string, params: object): Promise<T> {
    const id = ++this.next;
    const answer = new Promise<Message>((done) => this.pending.set(id, done));
    this.socket.send(JSON.stringify({ id, method, params }));
    const message = await answer;
    this.pending.delete(id);
    if (message.type === 'error') throw new Error(`firefox: ${method}: ${message.error}: ${message.message}`);
    return message.result as T;
  }

  async goto(path: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url: this.origin + path, wait: 'complete' });
  }

  protected async call(source: string, json: string): Promise<string | undefined> {
    const evaluated = await this.send<Evaluated>('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify(await (${source})(...JSON.parse(json)))`,
      arguments: [{ type: 'string', value: json }],
      target: { context: this.context },
      awaitPromise: true,
    });
    if (evaluated.type === 'exception') throw new Error(`firefox: ${evaluated.exceptionDetails?.text}`);
    return evaluated.result?.value;
  }

  protected async perform(actions: ActionSequence[]): Promise<void> {
    await this.send('input.performActions', { context: this.context, actions });
    await this.send('input.releaseActions', { context: this.context });
  }

  async resize(width: number, height: number): Promise<void> {
    await this.send('browsingContext.setViewport', { context: this.context, viewport: { width, height } });
  }

  async screenshot(): Promise<Buffer> {
    const shot = await this.send<{ data: string }>('browsingContext.captureScreenshot', { context: this.context });
    return Buffer.from(shot.data, 'base64');
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.socket.close();
    await exited(this.process, 3000);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Kills `child` when this process exits, however it ends: a browser must not outlive a failed test run. */
export function killOnExit(child: ChildProcess): ChildProcess {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

/** Resolves when the process has exited, killing it after `ms` if it has not. */
export function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/** Starts `firefox` headless with a fresh profile and opens a BiDi session on its one tab. */
export async function openFirefox(binary: string, origin: string): Promise<Tab> {
  const profile = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const args = ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'];
  const child = killOnExit(
    spawn(binary, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    }),
  );
  // Firefox says where it listens on stderr; port 0 lets it choose a free one.
  const url = await new Promise<string>((done, fail) => {
    let said = '';
    const timer = setTimeout(() => fail(new Error(`firefox did not start its BiDi server in 20 s:\n${said}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      said += String(chunk);
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(said);
      if (found) {
        clearTimeout(timer);
        done(found[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`firefox exited (${code}) before starting:\n${said}`)));
  });
  const socket = new WebSocket(`${url}/session`);
  await new Promise((done, fail) => {
    socket.addEventListener('open', done, { once: true });
    socket.addEventListener('error', () => fail(new Error(`firefox: cannot connect to ${url}`)), { once: true });
  });
  const tab = new FirefoxTab(origin, socket, child, profile);
  await tab.send('session.new', { capabilities: {} });
  const tree = await tab.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  tab.context = tree.contexts[0]!.context;
  // Errors are recorded from the first script of every page, also after a redirect.
  await tab.send('script.addPreloadScript', { functionDeclaration: recordPageErrors.toString() });
  return tab;
}
