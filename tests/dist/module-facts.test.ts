// What the runbook facts, the copy buttons and the module map of each locale say, read from the built module table.
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { mapRelations } from '../../src/lib/module-map.ts';
import { classLabelKey, portLabel } from '../../src/lib/runbook.ts';
import { modulePageId, moduleUrl, pageUrl } from '../../src/lib/urls.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, moduleIds, modules } from '../support/built-site.ts';
import { label, textOf } from '../support/strings.ts';
import { portAnchor } from '../../src/lib/port-anchors.ts';

/** Returns the first table after the element with `id`, on the same level. */
function tableAfter(doc: HTMLElement, id: string): HTMLElement | undefined {
  // A wide table sits in a scrolling wrapper on narrow screens.
  for (let el = doc.getElementById(id)?.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.rawTagName.toLowerCase() === 'table') return el;
    const inner = el.querySelector('table');
    if (inner) return inner;
  }
  return undefined;
}

describe.each(locales)('runbook facts in $code', (locale) => {
  const doc = builtDoc(pageUrl(locale.code, modulePageId));
  const t = (key: string) => label(locale.code, key);
  const factsOf = (id: string) => doc.querySelector(`tr[id="${id}"] details.facts`)!;
  /** The definition after the term with this label, in the outer list of an entry's facts. */
  const value = (id: string, key: string) => {
    const terms = factsOf(id).querySelectorAll(':scope > dl > dt');
    const term = terms.find((dt) => textOf(dt) === t(key));
    return term?.nextElementSibling ?? undefined;
  };

  test('each entry shows its class, files, ports, commands and related pages under localized labels', () => {
    for (const m of modules) {
      expect(textOf(factsOf(m.id).querySelector('summary')), m.id).toBe(t('facts.summary'));
      expect(textOf(value(m.id, 'facts.class')), `${m.id} class`).toBe(t(classLabelKey[m.facts.class]));
      const config = value(m.id, 'facts.config');
      expect(config && textOf(config.querySelector('code')), `${m.id} config`).toBe(m.facts.config?.path);
      if (m.facts.log) {
        const log = value(m.id, 'facts.log');
        expect(textOf(log?.querySelector('code')), `${m.id} log`).toBe(m.facts.log.path);
        // A log path Adobe does not list is marked as following the general rule, in the reader's language.
        const note = log?.querySelector('small');
        if (m.facts.log.source === 'rule') expect(textOf(note), `${m.id} log note`).toBe(t('facts.logFromRule'));
        else expect(note ?? null, `${m.id} log note`).toBeNull();
      }
      for (const [key, ports] of [
        ['facts.ports', m.facts.ports],
        ['facts.outbound', m.facts.outbound],
      ] as const) {
        const links = value(m.id, key)?.querySelectorAll('a').map(textOf) ?? [];
        expect(links, `${m.id} ${key}`).toEqual(ports.map(portLabel));
      }
      const commands = value(m.id, 'facts.commands');
      // A kind with a command for each system is labelled once, each command named by its system.
      expect(commands?.querySelectorAll('dt').map(textOf) ?? [], `${m.id} command labels`).toEqual(
        [...new Set(m.facts.commands.map((c) => c.kind))].map((kind) => t(`facts.${kind}`)),
      );
      expect(
        commands
          ?.querySelectorAll('dd.cmd')
          .map((dd) => [textOf(dd.querySelector('.system')), dd.querySelector('pre code')?.text]) ?? [],
        `${m.id} commands`,
      ).toEqual(m.facts.commands.map((c) => [c.system === 'any' ? '' : t(`system.${c.system}`), c.command]));
      expect(value(m.id, 'facts.related')?.querySelectorAll('a') ?? [], `${m.id} related`).toHaveLength(
        m.facts.related.length,
      );
    }
  });

  test('the ports link to the open-ports list, whose rows link back to the same entry', () => {
    const ports = builtDoc(pageUrl(locale.code, 'general-architecture'));
    const rows = tableAfter(ports, 'list-of-open-ports')?.querySelectorAll('tr') ?? [];
    expect(rows.length, 'rows of the open-ports table').toBeGreaterThan(1);
    for (const m of modules) {
      for (const port of m.facts.ports) {
        const link = value(m.id, 'facts.ports')
          ?.querySelectorAll('a')
          .find((a) => textOf(a) === portLabel(port));
        expect(link?.getAttribute('href'), `${m.id} ${portLabel(port)}`).toBe(
          pageUrl(locale.code, 'general-architecture', portAnchor(port)),
        );
        const back = rows
          .filter((r) => textOf(r).includes(portLabel(port)))
          .flatMap((r) => r.querySelectorAll('a'))
          .find((a) => textOf(a) === m.id);
        expect(back?.getAttribute('href'), `${portLabel(port)} links back to ${m.id}`).toBe(
          moduleUrl(locale.code, m.id),
        );
      }
    }
  });

  test('each command, file path and port has a copy button beside it, labelled in the reader’s language', () => {
    for (const m of modules) {
      // A command's copy button copies the command block beside it; the script names it after the command
      // (checked in the browser: tests/e2e/module-table.spec.ts).
      const blocks = factsOf(m.id).querySelectorAll('dd.cmd');
      expect(
        blocks.map((b) => [textOf(b.querySelector('pre')), textOf(b.querySelector('copy-button button'))]),
        m.id,
      ).toEqual(m.facts.commands.map((c) => [c.command.replace(/\s+/g, ' '), t('code.copy')]));
      const copied = factsOf(m.id)
        .querySelectorAll('dd:not(.cmd) > copy-button')
        .map((b) => b.getAttribute('data-copy') ?? textOf(b.parentNode?.querySelector('code')));
      const ports = [...m.facts.ports, ...m.facts.outbound].map((p) => String(p.number));
      const paths = [m.facts.config?.path, m.facts.log?.path].filter((p): p is string => !!p);
      expect(copied.sort(), m.id).toEqual([...paths, ...ports].sort());
    }
  });

  test('the module map is a drawing named and described in the reader’s language', () => {
    const map = doc.querySelector('section.module-map')!;
    expect(map.querySelector('h2')?.id).toBe('module-map');
    expect(textOf(map.querySelector('h2'))).toBe(t('map.title'));
    const svg = map.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(textOf(map.getElementById(svg.getAttribute('aria-labelledby')!))).toBe(t('map.title'));
    expect(textOf(map.getElementById(svg.getAttribute('aria-describedby')!))).toBe(t('map.description'));
  });

  test('every module in the drawing links to its entry, and the edges are labelled in the reader’s language', () => {
    const svg = doc.querySelector('section.module-map svg')!;
    expect(
      svg
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(moduleIds.map((id) => `#${id}`).sort());
    expect(svg.querySelectorAll('text.label').map(textOf)).toEqual(
      ['map.startsMonitors', 'map.logsTo', 'map.reportsTo', 'map.writesLogsFor', 'map.serves'].map(t),
    );
  });

  test('the drawing has a text alternative: every relation as a list item whose links lead to the entries', () => {
    const items = doc.querySelectorAll('section.module-map ul > li');
    const relations = mapRelations(modules);
    expect(items).toHaveLength(relations.length);
    for (const [i, r] of relations.entries()) {
      expect(textOf(items[i])).toContain(t(`map.${r.kind}`));
      expect(items[i]!.querySelectorAll('a').map((a) => [textOf(a), a.getAttribute('href')])).toEqual(
        [...r.from, ...r.to].map((id) => [id, `#${id}`]),
      );
    }
  });
});
