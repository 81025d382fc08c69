import { describe, expect, test } from 'vitest';
import { codeTokens, InlineSyntaxError, linkTargets, parseInline, plainText } from '../../../src/lib/inline.ts';

describe('parseInline()', () => {
  test('returns text, code and link nodes in order', () => {
    expect(parseInline('Check `xtk:session` then see [open ports](general-architecture#list-of-open-ports).')).toEqual([
      { type: 'text', value: 'Check ' },
      { type: 'code', value: 'xtk:session' },
      { type: 'text', value: ' then see ' },
      {
        type: 'link',
        page: 'general-architecture',
        anchor: 'list-of-open-ports',
        children: [{ type: 'text', value: 'open ports' }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  test('reads a bare #anchor as a link to the module table', () => {
    expect(parseInline('[syslogd](#syslogd)')[0]).toMatchObject({
      type: 'link',
      page: 'modules-and-frequent-issues',
      anchor: 'syslogd',
    });
  });

  test('allows code tokens inside link text', () => {
    expect(parseInline('[`nlserver pdump`](log-precision#related-commands)')[0]).toMatchObject({
      children: [{ type: 'code', value: 'nlserver pdump' }],
    });
  });

  test.each([
    ['raw HTML', 'a <strong>b</strong>', /raw HTML "<strong>"/],
    ['a stray line break', 'a<br />b', /raw HTML "<br \/>"/],
    ['an upstream .md path', '[x](../../production/using/log-precision.md)', /path or URL; write a page id/],
    ['an external URL', '[x](https://example.com)', /path or URL/],
    ['an unmatched backtick', 'the `xtk:session token', /unmatched backtick/],
    ['an empty link text', '[](log-precision)', /has no text/],
    ['a malformed link', 'see [x](log precision)', /malformed link/],
    ['an invalid anchor', '[x](log-precision#1bad)', /invalid anchor "1bad"/],
  ])('rejects %s with a message saying how to fix it', (_name, source, message) => {
    expect(() => parseInline(source)).toThrow(InlineSyntaxError);
    expect(() => parseInline(source)).toThrow(message);
  });
});

describe('plainText()', () => {
  test('returns the words without markup', () => {
    expect(plainText('See [the `web` entry](#web) and `6666`.')).toBe('See the web entry and 6666.');
  });
});

describe('codeTokens()', () => {
  test('returns every code token, including those inside links', () => {
    expect(codeTokens('`a` [`b`](#web) c')).toEqual(['a', 'b']);
  });
});

describe('linkTargets()', () => {
  test('returns page and anchor of every link', () => {
    expect(linkTargets('[a](log-precision) [b](general-architecture#list-of-open-ports)')).toEqual([
      { page: 'log-precision', anchor: undefined },
      { page: 'general-architecture', anchor: 'list-of-open-ports' },
    ]);
  });
});
