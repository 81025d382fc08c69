// What the module table of each locale says: rows in upstream order, headers, permalinks, other languages, upstream
// notice.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { upstreamSnapshotFile } from '../../src/content/paths.ts';
import { changedRows, parseSnapshot } from '../../src/content/upstream-snapshot.ts';
import { modulePageId, pageUrl } from '../../src/lib/urls.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, moduleIds } from '../support/built-site.ts';
import { label, textOf } from '../support/strings.ts';

const snapshot = parseSnapshot(readFileSync(upstreamSnapshotFile, 'utf8'), upstreamSnapshotFile);

describe.each(locales)('module table in $code', (locale) => {
  const doc = builtDoc(pageUrl(locale.code, modulePageId));
  const row = (id: string) => doc.querySelector(`tr[id="${id}"]`)!;

  test('shows the modules in upstream order, each row identified by its module id', () => {
    expect(doc.querySelectorAll('table.modules tbody tr').map((r) => r.id)).toEqual(moduleIds);
  });

  test('opens with a module index, above the table, linking to every entry in table order', () => {
    const index = doc.querySelector('nav[aria-labelledby="module-index"]')!;
    expect(textOf(index.querySelector('#module-index'))).toBe(label(locale.code, 'table.index'));
    expect(index.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(moduleIds.map((id) => `#${id}`));
    const html = doc.toString();
    expect(html.indexOf('id="module-index"')).toBeLessThan(html.indexOf('<table class="modules"'));
  });

  test('has the page heading anchor and localized column headers', () => {
    expect(doc.querySelector(`h1#${modulePageId}`)).not.toBeNull();
    expect(doc.querySelectorAll('table.modules thead th[scope="col"]').map(textOf)).toEqual(
      ['table.module', 'table.scope', 'table.troubleshooting'].map((k) => label(locale.code, k)),
    );
  });

  test('shows each module id verbatim as code, with its scope and troubleshooting text', () => {
    for (const id of moduleIds) {
      expect(textOf(row(id).querySelector('th code')), id).toBe(id);
      const cells = row(id).querySelectorAll(':scope > td');
      expect(cells, id).toHaveLength(2);
      for (const cell of cells) expect(textOf(cell).length, id).toBeGreaterThan(3);
    }
  });

  test('shows a visible permalink on each entry, named for its module', () => {
    for (const id of moduleIds) {
      const link = row(id).querySelector('a.permalink');
      expect(link?.getAttribute('href'), id).toBe(`#${id}`);
      expect(link?.getAttribute('aria-label'), id).toBe(
        label(locale.code, 'module.permalink').replace('{{module}}', id),
      );
    }
  });

  test('offers each entry in the other four languages, each marked with its language', () => {
    for (const id of moduleIds) {
      const others = row(id).querySelectorAll('details.other-languages [lang]');
      expect(
        others.map((o) => [
          o.getAttribute('lang'),
          o.querySelector('a')?.getAttribute('href'),
          textOf(o.querySelector('a')),
        ]),
      ).toEqual(locales.filter((l) => l !== locale).map((l) => [l.code, `/${l.path}/${modulePageId}/#${id}`, l.name]));
    }
  });

  test('links the syslogd, trackinglogd and wfserver rows to their pages in the same locale', () => {
    // In the troubleshooting text; the runbook facts below it link the port to the same list.
    const ports = `/${locale.path}/general-architecture/#list-of-open-ports`;
    expect(row('syslogd').querySelectorAll(`td > p a[href="${ports}"]`)).toHaveLength(1);
    expect(row('trackinglogd').querySelectorAll(`a[href="/${locale.path}/tracking-logs-issues/"]`)).toHaveLength(1);
    expect(row('wfserver').querySelectorAll(`a[href="/${locale.path}/log-precision/"]`)).toHaveLength(1);
  });

  test('shows the web row error type as the intact code token xtk:session', () => {
    expect(row('web').querySelectorAll('td > p code').map(textOf)).toContain('xtk:session');
  });

  test('says the upstream page is machine translated', () => {
    expect(textOf(doc.querySelector('aside.notice'))).toContain('tm+mt');
  });

  // The notice compares upstream text, not revisions: an older source-git-commit with the same table text is not
  // stale. A snapshot with changed rows is rendered in tests/unit/components/upstream-notice.test.ts.
  const changed = changedRows(snapshot, locale.code, moduleIds);
  test(`names exactly the rows whose upstream wording changed (${changed.join(', ') || 'none'})`, () => {
    const notice = doc.querySelector('aside.notice');
    const intro = label(locale.code, `notice.changed_${changed.length === 1 ? 'one' : 'other'}`).split('{{')[0]!;
    if (changed.length === 0) {
      expect(textOf(notice)).not.toContain(intro);
      expect(notice?.querySelectorAll('.changed') ?? []).toHaveLength(0);
    } else {
      expect(textOf(notice?.querySelector('.changed'))).toContain(intro);
      expect(notice?.querySelectorAll('.changed a').map(textOf)).toEqual(changed);
    }
  });
});

test('the module table text is written in each language, not copied between locales', () => {
  const texts = locales.map((l) => textOf(builtDoc(pageUrl(l.code, modulePageId)).querySelector('tr[id="mta"] td')));
  expect(new Set(texts).size).toBe(locales.length);
});
