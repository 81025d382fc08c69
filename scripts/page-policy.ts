/**
 * Checks a built page against the site's security policy: the CSP and referrer `<meta>` tags are
 * present and current, and nothing needs 'unsafe-inline' or another origin. A page that broke
 * these rules would not fail loudly: the browser would silently refuse the inline code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { contentSecurityPolicy, referrerPolicy } from '../src/lib/csp.ts';

/** Script types a browser executes (anything else, such as JSON data, is inert). */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Elements that load a resource, and the attribute naming it, in the order their problems are listed. */
const loaders: [tag: string, attribute: string][] = [
  ['script', 'src'],
  ['link', 'href'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['object', 'data'],
  ['embed', 'src'],
];

/** Each loading element's attribute and the place of its problems in the list. */
const loaderOf = new Map(loaders.map(([tag, attribute], order) => [tag, { attribute, order }]));

/** `<link rel>` values that are references, not loads (the canonical URL is absolute by design). */
const referenceRels = new Set(['canonical', 'alternate', 'next', 'prev', 'author', 'license', 'help', 'search']);

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Returns every breach of the policy in one page's HTML, as readable sentences; empty when none.
 * The page is read as a stream of tags (htmlparser2's tokenizer, no tree: a large build checks tens
 * of thousands of pages); problems are listed kind by kind, loaders in the order of `loaders`, each
 * kind in document order.
 */
export function policyProblems(html: string): string[] {
  const csp: (string | undefined)[] = [];
  let referrer: string | undefined;
  let referrerSeen = false;
  const scripts: string[] = [];
  const styles: string[] = [];
  const attributes: string[] = [];
  const loads = loaders.map(() => [] as string[]);
  // The text of the open <script> or <style> that needs quoting, if any.
  let inline: { problems: string[]; text: string; message: (text: string) => string } | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta') {
        if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy') csp.push(attrs['content']);
        if (!referrerSeen && attrs['name'] === 'referrer') {
          referrerSeen = true;
          referrer = attrs['content'];
        }
      } else if (name === 'script' && !('src' in attrs) && executable.has((attrs['type'] ?? '').toLowerCase())) {
        inline = {
          problems: scripts,
          text: '',
          message: (text) =>
            `has an inline <script> (${text}): move it to a bundled <script> in the component, which Astro ` +
            `emits as a file`,
        };
      } else if (name === 'style') {
        inline = {
          problems: styles,
          text: '',
          message: (text) => `has an inline <style> (${text}): keep build.inlineStylesheets 'never'`,
        };
      }
      for (const [n, value] of Object.entries(attrs)) {
        if (n === 'style')
          attributes.push(
            `has a style attribute on <${name}> (${JSON.stringify(short(value))}): use a class in a scoped <style>`,
          );
        else if (n.startsWith('on'))
          attributes.push(`has an inline event handler ${n} on <${name}>: add the listener in a script instead`);
        else if (/^\s*javascript:/i.test(value)) attributes.push(`has a javascript: URL in ${n} on <${name}>`);
      }
      const loader = loaderOf.get(name);
      const url = loader && attrs[loader.attribute];
      if (!loader || url === undefined) return;
      const rels = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
      if (name === 'link' && rels.some((r) => referenceRels.has(r))) return;
      if (/^(https?:)?\/\//i.test(url))
        loads[loader.order]!.push(
          `loads <${name} ${loader.attribute}="${short(url)}"> from another origin: serve it from the site`,
        );
    },
    ontext(text) {
      if (inline) inline.text += text;
    },
    onclosetag(name) {
      if (!inline || (name !== 'script' && name !== 'style')) return;
      inline.problems.push(inline.message(JSON.stringify(short(inline.text.trim()))));
      inline = undefined;
    },
  });
  parser.end(html);
  const problems: string[] = [];
  if (csp.length !== 1)
    problems.push(
      `has ${csp.length} Content-Security-Policy <meta> tags instead of one (Base.astro writes it from src/lib/csp.ts)`,
    );
  else if (csp[0] !== contentSecurityPolicy)
    problems.push(`has the CSP ${JSON.stringify(short(csp[0] ?? ''))} instead of the one in ` + `src/lib/csp.ts`);
  if (referrer !== referrerPolicy)
    problems.push(`has the referrer policy ${JSON.stringify(referrer ?? null)} instead of "${referrerPolicy}"`);
  return [...problems, ...scripts, ...styles, ...attributes, ...loads.flat()];
}

/** Returns the HTML files under a built site folder, relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('_astro'))
    .sort();
}

/** Throws one message listing every breach (`<file> <problem>`), when there is any. */
export function throwPolicyProblems(problems: readonly string[]): void {
  if (problems.length > 0)
    throw new Error(`${problems.length} page(s) break the Content-Security-Policy:\n- ${problems.join('\n- ')}`);
}

/** Checks every page of a built site; throws one message listing every breach by file. */
export function checkPagePolicy(dir: string): void {
  throwPolicyProblems(
    htmlFiles(dir).flatMap((file) => policyProblems(readFileSync(join(dir, file), 'utf8')).map((p) => `${file} ${p}`)),
  );
}
