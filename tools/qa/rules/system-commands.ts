/**
 * Rule `system-commands`: where a command differs between Linux and Windows, the pages label each form with its
 * system and the runbook agrees with them. A code block of a page that holds a construct of one system
 * (`LD_PRELOAD`: Linux) sits in an `<OnSystem system="…">` of that system, next to the block of the other
 * system; each runbook command written for one system is shown, identical and under the same label, on one of
 * its module's related pages in every locale; and a labelled block that names a module whose runbook has
 * commands for that system is one of them. The runbook's own labels are `facts-system`'s (the build's rule).
 */
import type { Finding } from '../../../src/content/finding.ts';
import { readFacts, type ModuleFacts } from '../../../src/content/facts-schema.ts';
import { commandSystems, systemOnly } from '../../../src/content/systems.ts';
import type { LintContent, LintPage } from '../content-model.ts';
import { mdxBody, type MdxBlock } from '../mdx.ts';
import { lineAtPath } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

type Report = Omit<Finding, 'rule'>;

/** Returns the module a command line acts on (`nlserver stop web; …` → web), or undefined. */
export function commandModule(text: string): string | undefined {
  return /\bnlserver\s+(?:(?:start|stop|restart)\s+)?([A-Za-z]\w*)/.exec(text)?.[1];
}

/** The findings on one page's blocks: a system construct outside its label, a label without its pair. */
function pageProblems(page: LintPage, blocks: MdxBlock[]): Report[] {
  const at = (b: MdxBlock, message: string, fix: string): Report => ({
    file: page.file,
    line: b.line,
    entry: page.slug,
    field: 'body',
    locale: page.locale ?? '-',
    severity: 'error',
    message,
    fix,
  });
  return blocks.flatMap((b, k): Report[] => {
    const only = systemOnly(b.text);
    if (b.system !== undefined && !(commandSystems as readonly string[]).includes(b.system))
      return [at(b, `"${b.system}" is not a system`, 'write <OnSystem system="linux"> or <OnSystem system="windows">')];
    const labelled = b.system ? `labelled ${b.system}` : 'not labelled';
    if (only && only.system !== b.system)
      return [
        at(
          b,
          `this block holds ${only.what} and runs on ${only.system} only, but is ${labelled}`,
          `put it in <OnSystem system="${only.system}">, beside the other system's form in its own <OnSystem>`,
        ),
      ];
    if (b.system === undefined) return [];
    const other = b.system === 'linux' ? 'windows' : 'linux';
    if ([blocks[k - 1], blocks[k + 1]].some((n) => n?.system === other)) return [];
    return [
      at(
        b,
        `the ${b.system} form is shown without the ${other} form beside it`,
        `add <OnSystem system="${other}"> with its block next to it`,
      ),
    ];
  });
}

/** The findings of one module's system-specific runbook commands against the pages of every locale. */
function runbookProblems(
  c: LintContent,
  m: { id: string; facts: ModuleFacts; line: (i: number) => number },
  blocksOf: Map<LintPage, MdxBlock[]>,
): Report[] {
  const locales = [...new Set(c.pages.flatMap((p) => (p.locale ? [p.locale] : [])))];
  const related = new Set(m.facts.related.map((r) => r.page));
  return m.facts.commands.flatMap((cmd, i): Report[] => {
    if (cmd.system === 'any') return [];
    return locales.flatMap((locale): Report[] => {
      const pages = c.pages.filter((p) => p.locale === locale && related.has(p.slug));
      const shown = pages.some((p) => blocksOf.get(p)!.some((b) => b.system === cmd.system && b.text === cmd.command));
      if (shown || pages.length === 0) return [];
      return [
        {
          file: c.modules!.file,
          line: m.line(i),
          entry: m.id,
          field: `facts.commands[${i}]`,
          locale,
          severity: 'error',
          message:
            `the ${cmd.system} ${cmd.kind} command of ${m.id} is on none of its related pages ` +
            `(${pages.map((p) => p.slug).join(', ')}) in an <OnSystem system="${cmd.system}"> block: the page and ` +
            `the runbook disagree`,
          fix: 'show the same command on the page under the same system, or correct the one that is wrong',
        },
      ];
    });
  });
}

/** Reports system constructs outside their label, unpaired labels, and runbook commands the pages do not show. */
export const systemCommands: LintContentRule = {
  name: 'system-commands',
  target: 'content',
  check(c) {
    const pages = c.pages.filter((p) => p.locale);
    const blocksOf = new Map(pages.map((p) => [p, mdxBody(p).blocks]));
    const modules = (c.modules?.entries ?? []).flatMap(({ node, value, id }) => {
      const facts = readFacts(value['facts']);
      const line = (i: number) => lineAtPath(c.modules!.counter, node, ['facts', 'commands', i]);
      return facts ? [{ id, facts, line }] : [];
    });
    const onPages = pages.flatMap((p) => pageProblems(p, blocksOf.get(p)!));
    // A labelled block naming a module whose runbook has commands for that system must be one of them.
    const differing = pages.flatMap((p) =>
      blocksOf.get(p)!.flatMap((b): Report[] => {
        const m = modules.find((x) => x.id === commandModule(b.text));
        const own = m?.facts.commands.filter((cmd) => b.system !== undefined && cmd.system === b.system) ?? [];
        if (!m || own.length === 0 || own.some((cmd) => cmd.command === b.text)) return [];
        const i = m.facts.commands.indexOf(own[0]!);
        return [
          {
            file: p.file,
            line: b.line,
            entry: p.slug,
            field: 'body',
            locale: p.locale ?? '-',
            severity: 'error',
            message:
              `this ${b.system} command for ${m.id} differs from the runbook's ${b.system} ${own[0]!.kind} command ` +
              `(${c.modules!.file} line ${m.line(i)}): the page and the runbook disagree`,
            fix: 'make them the same command, as Adobe gives it',
          },
        ];
      }),
    );
    return [...onPages, ...differing, ...modules.flatMap((m) => runbookProblems(c, m, blocksOf))];
  },
};
