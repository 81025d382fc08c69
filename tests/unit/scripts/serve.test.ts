import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../../scripts/serve.ts';
import { typedPrefixCases, untouchedPaths } from '../../support/typed-prefixes.ts';

describe('startServer()', () => {
  // The redirects come before any file is read: an empty folder is enough.
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  let server: Awaited<ReturnType<typeof startServer>>;
  let origin = '';
  beforeAll(async () => {
    server = await startServer(root, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('redirects (301) a locale prefix as people type it to the locale, keeping the path and the query', async () => {
    for (const [typed, canonical] of typedPrefixCases) {
      const answer = await fetch(`${origin}${typed}`, { redirect: 'manual' });
      expect(answer.status, typed).toBe(301);
      expect(answer.headers.get('location'), typed).toBe(canonical);
    }
    for (const path of untouchedPaths)
      expect((await fetch(`${origin}${path}`, { redirect: 'manual' })).status, path).not.toBe(301);
  });
});
