// The contract between the search index and the search box: a record's text and meta, and the reader's URL.
import { describe, expect, test } from 'vitest';
import { decodeEntryText, readerUrl } from '../../../src/search/contract.ts';

describe('decodeEntryText()', () => {
  test('reads an empty first passage back although Pagefind trimmed the content', () => {
    expect(decodeEntryText('/ Paused / / waits')).toEqual({ label: '', head: 'Paused', note: '', body: ['waits'] });
  });

  test('reads an empty passage back although Pagefind collapsed its two separators', () => {
    expect(decodeEntryText('mta / Pending / / waits / check')).toEqual({
      label: 'mta',
      head: 'Pending',
      note: '',
      body: ['waits', 'check'],
    });
  });
});

describe('readerUrl()', () => {
  test('links a record of another language to the reader’s locale, fragment kept', () => {
    expect(readerUrl('/ja/modules/mta/#mta--delivery-pending', { path: 'sv' })).toBe(
      '/sv/modules/mta/#mta--delivery-pending',
    );
    expect(readerUrl('/zh-tw/modules-and-frequent-issues/#web', { path: 'nl' })).toBe(
      '/nl/modules-and-frequent-issues/#web',
    );
  });
});
