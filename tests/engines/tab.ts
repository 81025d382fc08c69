/**
 * One browser tab of a system engine, driven over a W3C WebDriver protocol: Firefox over WebDriver BiDi
 * (`firefox.ts`), WebKitGTK over classic WebDriver (`webkit.ts`). The two protocols share the shape of their
 * input actions, so clicking and typing are written once here on top of five primitives each engine provides.
 */

/** The engines the reading gates run in. */
export type EngineName = 'firefox' | 'webkit';

/** A pointer or key action sequence, the same JSON in both protocols (WebDriver "actions"). */
export type ActionSequence = { type: 'pointer' | 'key'; id: string; parameters?: object; actions: object[] };

/** Where an element sits in the viewport, in CSS pixels. */
export type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export abstract class Tab {
  abstract readonly engine: EngineName;
  /** The origin of the served site (`http://localhost:1234`). */
  readonly origin: string;

  constructor(origin: string) {
    this.origin = origin;
  }

  /** Loads a page (a path of the served site) and waits for its load event. */
  abstract goto(path: string): Promise<void>;
  /** Runs a function given as source in the page with JSON arguments; resolves with its JSON result. */
  protected abstract call(source: string, json: string): Promise<string | undefined>;
  /** Performs input actions on the page. */
  protected abstract perform(actions: ActionSequence[]): Promise<void>;
  /** Sets the size of the viewport (the page's `innerWidth` and `innerHeight`). */
  abstract resize(width: number, height: number): Promise<void>;
  /** A PNG of the viewport. */
  abstract screenshot(): Promise<Buffer>;
  /** Ends the session and stops the engine and whatever it started. */
  abstract close(): Promise<void>;

  /**
   * Runs `fn` in the page with `args` and returns its result (awaited). `fn` is sent as its source text, so
   * it may use only its arguments and the page's globals; arguments and result must be JSON.
   */
  async run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const json = await this.call(fn.toString(), JSON.stringify(args));
    return (json === undefined ? undefined : JSON.parse(json)) as Awaited<R>;
  }

  /** The page's address, without the origin (`/ja/modules-and-frequent-issues/#mta`). */
  async path(): Promise<string> {
    const href = await this.run(() => location.href);
    return href.startsWith(this.origin) ? href.slice(this.origin.length) : href;
  }

  /**
   * Waits until `fn` returns a truthy value and returns it; throws naming `what` after `timeout` ms. A page
   * that is navigating cannot answer for a moment: those errors are retried. Ten seconds by default: the gates
   * run beside the checks over dist/, and a page of a loaded two-core machine once took more than five.
   */
  async waitFor<A extends unknown[], R>(what: string, fn: (...args: A) => R, args: A, timeout = 10_000): Promise<R> {
    const until = performance.now() + timeout;
    let last: unknown;
    while (performance.now() < until) {
      try {
        const value = await this.run(fn, ...args);
        if (value) return value;
        last = value;
      } catch (error) {
        last = error;
      }
      await sleep(100);
    }
    throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
  }

  /** Waits until the page's address (path and fragment) is `path`. */
  async waitForPath(path: string, timeout = 10_000): Promise<void> {
    const full = this.origin + path;
    await this.waitFor(`the address ${path}`, (href: string) => location.href === href, [full], timeout);
  }

  /** Waits until the page has defined the custom element `name` (its script has run). */
  async defined(name: string): Promise<void> {
    await this.waitFor(`<${name}> to be defined`, (n: string) => customElements.get(n) !== undefined, [name]);
  }

  /** The box of the first element matching `selector`, or null. */
  box(selector: string): Promise<Box | null> {
    return this.run((s: string) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r
        ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }
        : null;
    }, selector);
  }

  /** Clicks the middle of the first visible element matching `selector`, scrolling it into view if needed. */
  async click(selector: string): Promise<void> {
    const at = await this.run((s: string) => {
      const el = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    }, selector);
    if (!at) throw new Error(`${this.engine}: nothing visible matches ${selector}`);
    await this.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: at.x, y: at.y, origin: 'viewport' },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  /** Types `text` into the focused element, one key press per character. */
  async type(text: string): Promise<void> {
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.perform([{ type: 'key', id: 'keyboard', actions }]);
  }

  /**
   * Starts recording the page's errors: uncaught exceptions, rejected promises and resources that fail to load
   * (a script, a stylesheet, a `modulepreload` link: their `error` events do not bubble, so they are caught on
   * the way down). Read them with {@link errors}.
   */
  async recordErrors(): Promise<void> {
    await this.run(recordPageErrors);
  }

  /** The errors recorded in the current page since it loaded. */
  async errors(): Promise<string[]> {
    return (await this.run(() => (window as unknown as { pageErrors?: string[] }).pageErrors)) ?? [];
  }
}

/** Installs the error recorder in a page (also sent as a preload script, before the page's own scripts). */
export function recordPageErrors(): void {
  const w = window as unknown as { pageErrors?: string[] };
  if (w.pageErrors) return;
  const errors: string[] = [];
  w.pageErrors = errors;
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as (Element & { href?: string; src?: string }) | null;
      if (target && target !== (window as unknown) && 'tagName' in target)
        errors.push(
          `${target.tagName.toLowerCase()} ${target.getAttribute('rel') ?? ''} failed to load: ${target.href ?? target.src ?? ''}`,
        );
      else errors.push(`error: ${event.message}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
}
