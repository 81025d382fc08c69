// Where commands and paths may wrap: the pieces of code a line may break between.
import { describe, expect, test } from 'vitest';
import { codePieces } from '../../../src/lib/code-words.ts';

const texts = (s: string) => codePieces(s).map((p) => p.text);

describe('codePieces()', () => {
  test('splits a command between its arguments only', () => {
    expect(texts('nlserver stop mta@<instance>; nlserver mta -tracefilter:* -tracefile:mta_debug@<instance>')).toEqual([
      'nlserver',
      'stop',
      'mta@<instance>;',
      'nlserver',
      'mta',
      '-tracefilter:*',
      '-tracefile:mta_debug@<instance>',
    ]);
  });

  test('keeps a placeholder with a space whole, and wraps a long path only after a slash', () => {
    expect(texts('<install dir>/var/<instance>/log/<module>.log')).toEqual([
      '<install dir>/',
      'var/',
      '<instance>/',
      'log/',
      '<module>.log',
    ]);
  });

  test('wraps an XML tag between its attributes', () => {
    expect(texts('<web controlPort="8005" httpPort="8080">')).toEqual([
      '<web',
      'controlPort="8005"',
      'httpPort="8080">',
    ]);
  });

  test('returns one piece for a short token', () => {
    expect(texts('config-default.xml')).toEqual(['config-default.xml']);
  });
});
