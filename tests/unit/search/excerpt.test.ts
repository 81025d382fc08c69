// Excerpts of search results.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadStopWords } from '../../../src/search/stop-words.ts';
import { decodeEntryText } from '../../../src/search/contract.ts';
import { entryExcerpt, markText, pageExcerpt, startAtWord } from '../../../src/search/excerpt.ts';

beforeAll(() => Promise.all(['sv', 'nl', 'ja'].map((l) => loadStopWords(l))));

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

/** The excerpt of a record's content as the search box shows it: CJK spaces removed, passages decoded. */
const excerptOf = (content: string, marks: string[]) => entryExcerpt(decodeEntryText(content), marks);

describe('entryExcerpt()', () => {
  test('shows the passage holding the query words, with them marked', () => {
    const parts = excerptOf(
      'syslogd / Loggserver /  / loggfilen är tom / port 6666/udp / nlserver restart syslogd -verbose',
      ['loggfil'],
    );
    expect(text(parts)).toBe('loggfilen är tom');
    expect(marked(parts)).toEqual(['loggfilen']);
  });

  test('removes the spaces put between Chinese and Japanese words for indexing', () => {
    expect(text(excerptOf('mta /  /  / メール が 送信 され ない / port 25/tcp', ['送信']))).toBe(
      'メールが送信されない',
    );
  });

  test('leaves the label, head and note, the first three passages, to the result’s heading', () => {
    expect(decodeEntryText('メール 転送 / メール を 配信 し ます /  / 届か ない')).toEqual({
      label: 'メール転送',
      head: 'メールを配信します',
      note: '',
      body: ['届かない'],
    });
    expect(text(excerptOf('syslogd / loggserver /  / port 6666/udp', ['loggserver']))).toBe('port 6666/udp');
  });
});

describe('pageExcerpt()', () => {
  test('does not mark ordinary words', () => {
    const parts = pageExcerpt(
      'De logs <mark>van</mark> de <mark>workflow</mark> worden <mark>niet</mark> geschreven',
      'x',
      'nl',
    );
    expect(marked(parts)).toEqual(['workflow']);
  });

  test('starts at a word when the excerpt is cut from the middle of a text', () => {
    const content = 'Als de e-mails niet meer worden verzonden, controleer de module.';
    expect(text(pageExcerpt('ls de e-mails niet meer worden <mark>verzonden</mark>', content, 'nl'))).toBe(
      '…de e-mails niet meer worden verzonden',
    );
  });

  test('shows markup in an excerpt as text', () => {
    expect(text(pageExcerpt('&lt;b&gt;bold&lt;/b&gt; <mark>mta</mark>', '<b>bold</b> mta', 'sv'))).toBe(
      '<b>bold</b> mta',
    );
  });
});

describe('startAtWord()', () => {
  test('starts a Japanese excerpt cut mid-word at the next kanji or katakana word', () => {
    expect(startAtWord('れないときはモジュールを確認', 'メールが送信されないときはモジュールを確認')).toBe(
      '…モジュールを確認',
    );
  });

  test('keeps an excerpt that begins the text', () => {
    expect(startAtWord('Kontrollera modulen', 'Kontrollera modulen om…')).toBe('Kontrollera modulen');
  });
});

describe('markText()', () => {
  test('marks the whole word a Latin query word begins, and CJK words inside longer text', () => {
    expect(marked(markText('loggarna saknas i syslog', ['logg']))).toEqual(['loggarna']);
    expect(marked(markText('ログファイルが空', ['ファイル']))).toEqual(['ファイル']);
  });
});
