/**
 * Checks a built page against the site's security policy: the CSP and referrer `<meta>` tags are
 * present and current, and nothing needs 'unsafe-inline' or another origin. A page that broke
 * these rules would not fail loudly: the browser would silently refuse the inline code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { contentSecurityPolicy, referrerPolicy } from '../src/lib/csp.ts';

/** Script types a browser executes (anything else, such as JSON data, is inert). */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Elements that load a resource, and the attribute naming it. */
const loaders: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['object[data]', 'data'],
  ['embed[src]', 'src'],
];

/** `<link rel>` values that are references, not loads (the canonical URL is absolute by design). */
const referenceRels = new Set(['canonical', 'alternate', 'next', 'prev', 'author', 'license', 'help', 'search']);

const tag = (el: HTMLElement) => el.rawTagName.toLowerCase();
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Returns every breach of the policy in one page's HTML, as readable sentences; empty when none. */
export function policyProblems(html: string): string[] {
  const doc = parse(html);
  const problems: string[] = [];
  const csp = doc
    .querySelectorAll('meta')
    .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (csp.length !== 1)
    problems.push(
      `has ${csp.length} Content-Security-Policy <meta> tags instead of one (Base.astro writes it from src/lib/csp.ts)`,
    );
  else if (csp[0]!.getAttribute('content') !== contentSecurityPolicy)
    problems.push(
      `has the CSP ${JSON.stringify(short(csp[0]!.getAttribute('content') ?? ''))} instead of the one in ` +
        `src/lib/csp.ts`,
    );
  const referrer = doc.querySelector('meta[name="referrer"]')?.getAttribute('content');
  if (referrer !== referrerPolicy)
    problems.push(`has the referrer policy ${JSON.stringify(referrer ?? null)} instead of "${referrerPolicy}"`);
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!script.hasAttribute('src') && executable.has(type))
      problems.push(
        `has an inline <script> (${JSON.stringify(short(script.text.trim()))}): move it to a bundled ` +
          `<script> in the component, which Astro emits as a file`,
      );
  }
  for (const style of doc.querySelectorAll('style'))
    problems.push(
      `has an inline <style> (${JSON.stringify(short(style.text.trim()))}): keep build.inlineStylesheets 'never'`,
    );
  for (const el of doc.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      const n = name.toLowerCase();
      if (n === 'style')
        problems.push(
          `has a style attribute on <${tag(el)}> (${JSON.stringify(short(value))}): use a class in a scoped <style>`,
        );
      else if (n.startsWith('on'))
        problems.push(`has an inline event handler ${n} on <${tag(el)}>: add the listener in a script instead`);
      else if (/^\s*javascript:/i.test(value)) problems.push(`has a javascript: URL in ${n} on <${tag(el)}>`);
    }
  }
  for (const [selector, attribute] of loaders) {
    for (const el of doc.querySelectorAll(selector)) {
      const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (tag(el) === 'link' && rels.some((r) => referenceRels.has(r))) continue;
      const url = el.getAttribute(attribute) ?? '';
      if (/^(https?:)?\/\//i.test(url))
        problems.push(`loads <${tag(el)} ${attribute}="${short(url)}"> from another origin: serve it from the site`);
    }
  }
  return problems;
}

/** Returns the HTML files under a built site folder, relative to it. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
}

/** Checks every page of a built site; throws one message listing every breach by file. */
export function checkPagePolicy(dir: string): void {
  const problems = htmlFiles(dir).flatMap((file) =>
    policyProblems(readFileSync(join(dir, file), 'utf8')).map((p) => `${file} ${p}`),
  );
  if (problems.length > 0)
    throw new Error(`${problems.length} page(s) break the Content-Security-Policy:\n- ${problems.join('\n- ')}`);
}
