import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'upstream-notice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ui = (locale: string) =>
  JSON.parse(readFileSync(join(root, 'src/i18n', `${locale}.json`), 'utf8')) as Record<string, string>;

// A snapshot where Adobe's sv table changed the mta and stat rows, and ja "changed" a row to the
// very text it already had (a re-import of the same wording): only sv is stale.
const snapshotYaml = readFileSync(join(root, 'content/upstream-snapshot.yaml'), 'utf8')
  .replace(
    /\nsv:\n {2}rows:\n/,
    '\nsv:\n  changed:\n    stat:\n      troubleshooting: Kontrollera den här modulen om e-post slutar skickas.\n    mta:\n      troubleshooting: Kontrollera modulen om inga e-postmeddelanden skickas.\n  rows:\n',
  )
  .replace(
    /\nja:\n {2}rows:\n {4}export:\n {6}scope: (.*)\n/,
    (all, scope: string) => `${all.replace('\nja:\n', `\nja:\n  changed:\n    export:\n      scope: ${scope}\n`)}`,
  );

let dist = '';
beforeAll(() => {
  if (!snapshotYaml.includes('\nja:\n  changed:') || !snapshotYaml.includes('\nsv:\n  changed:'))
    throw new Error('the seeded snapshot lost its changed rows: the shipped snapshot layout changed');
  const file = join(work, 'upstream-snapshot.yaml');
  writeFileSync(file, snapshotYaml);
  dist = join(work, 'dist');
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--local'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      UPSTREAM_SNAPSHOT_FILE: file,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);

const notice = (path: string) =>
  parseHtml(readFileSync(join(dist, path, 'modules-and-frequent-issues/index.html'), 'utf8')).querySelector(
    'aside.notice',
  )!;

describe('UpstreamNotice with a snapshot whose rows changed upstream', () => {
  test("names the changed rows in table order, in the reader's language, each linking to its entry", () => {
    const changed = notice('sv').querySelector('.changed')!;
    expect(changed.text).toContain(ui('sv')['notice.changed_other']!.replace('{{language}}', 'svenska'));
    expect(changed.querySelectorAll('a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['mta', '#mta'],
      ['stat', '#stat'],
    ]);
    expect(changed.text.trim()).toMatch(/: mta, stat\.$/);
  });

  test('says nothing of changed rows where the recorded text is the one the translation was made from', () => {
    expect(notice('ja').querySelector('.changed')).toBeNull();
    expect(notice('ja').text).toContain(ui('ja')['notice.machineTranslated']!.split('{{')[0]!);
    expect(notice('zh-tw').querySelector('.changed')).toBeNull();
  });
});
