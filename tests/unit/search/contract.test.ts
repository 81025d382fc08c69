// The contract between the search index and the search box: a record's text and meta, and the reader's URL.
import { describe, expect, test } from 'vitest';
import { decodeEntryText, readerUrl, recordId, recordOfId } from '../../../src/search/contract.ts';

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

describe('recordId() and recordOfId()', () => {
  test('a record’s language and kind are read back from its id', () => {
    const id = recordId('zh-tw', '3fa9c1d2', 'meaning', 71);
    expect(id).toBe('zh-tw.3fa9c1d2/n1z');
    expect(recordOfId(id)).toEqual({ locale: 'zh-TW', kind: 'meaning' });
    expect(recordOfId(recordId('sv', '00aa', 'page', 0))).toEqual({ locale: 'sv', kind: 'page' });
  });

  test('an id of another form, or of a locale the site does not have, says nothing', () => {
    expect(recordOfId('unknown_4d1f89b')).toBeUndefined();
    expect(recordOfId('fr.3fa9c1d2/m1')).toBeUndefined();
    expect(recordOfId('sv.3fa9c1d2/x1')).toBeUndefined();
  });
});
